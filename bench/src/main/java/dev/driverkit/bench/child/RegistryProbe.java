package dev.driverkit.bench.child;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.registry.DriverRegistry;
import java.util.ServiceLoader;

/**
 * Measure 5's child JVM: the first lookup of one kind among many drivers, either through driverkit's
 * registry ({@code newSource(kind)}: one entry read, one codec and one driver class loaded) or by
 * iterating {@link ServiceLoader} over every provider, as a ServiceLoader-based plugin registry does.
 * The ServiceLoader side picks the provider by class name, the cheapest test there is (asking each one
 * for its kind would load its codec too), so its figure is a lower bound.
 */
public final class RegistryProbe {
    private RegistryProbe() {}

    public static void main(String[] args) {
        String mode = JdkWarmUp.runIfAsked(args[0]); // "+jdkwarm": a diagnostic, never a goal's figure
        long start = System.nanoTime();
        String kind = args[1];
        String className = args[2];
        BaseSourceDriver found = null;
        int providers = 0;
        long loaded = 0;
        long looked = 0;
        switch (mode) {
            case "driverkit" -> {
                DriverRegistry registry = DriverRegistry.load();
                loaded = System.nanoTime();
                found = registry.newSource(kind);
                looked = System.nanoTime();
                providers = 1;
            }
            case "serviceloader" -> {
                for (BaseSourceDriver provider : ServiceLoader.load(BaseSourceDriver.class)) {
                    providers++;
                    if (provider.getClass().getName().equals(className)) {
                        found = provider;
                    }
                }
            }
            default -> throw new IllegalArgumentException("mode: driverkit | serviceloader");
        }
        long micros = (System.nanoTime() - start) / 1_000;
        if (found == null || !found.getClass().getName().equals(className)) {
            throw new IllegalStateException(mode + " did not find " + className + " for kind " + kind + ": " + found);
        }
        // printed once the clock has stopped: the first println and string concatenation are not the lookup's
        if (loaded != 0) {
            System.out.println("phase.DriverRegistry.load=" + (loaded - start) / 1_000);
            System.out.println("phase.newSource=" + (looked - loaded) / 1_000);
        }
        System.out.println("micros=" + micros);
        System.out.println("providers=" + providers);
        System.out.println("found=" + found.getClass().getName());
    }
}
