package dev.driverkit.bench.child;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driverkit.BaseSourceDriver;
import dev.driverkit.bench.spec.Databind;
import dev.driverkit.bench.spec.HandWritten;
import dev.driverkit.bench.spec.SpecPojo;
import dev.driverkit.bench.spec.SpecSample;
import dev.driverkit.registry.DriverRegistry;

/**
 * Measure 3's child JVM: the first read and write of the sample spec in a fresh JVM, with one variant.
 * Prints the time from the start of {@code main} to the written JSON, and the JSON (the parent checks it).
 */
public final class ColdSpecMain {
    private ColdSpecMain() {}

    public static void main(String[] args) {
        String variant = JdkWarmUp.runIfAsked(args[0]); // "+jdkwarm": a diagnostic, never a goal's figure
        long start = System.nanoTime();
        String json = SpecSample.JSON; // a compile-time constant: nothing is loaded for it
        String written;
        long loaded = 0;
        long read = 0;
        long wrote = 0;
        switch (variant) {
            case "generated" -> {
                DriverRegistry registry = DriverRegistry.load();
                loaded = System.nanoTime();
                BaseSourceDriver driver = registry.readSource(json);
                read = System.nanoTime();
                written = registry.writeSpec(driver);
                wrote = System.nanoTime();
            }
            case "databind" -> {
                ObjectMapper mapper = Databind.mapper();
                SpecPojo spec = Databind.read(mapper, json);
                written = Databind.write(mapper, spec);
            }
            case "handwritten" -> written = HandWritten.write(HandWritten.read(json));
            default -> throw new IllegalArgumentException("variant: generated | databind | handwritten");
        }
        long micros = (System.nanoTime() - start) / 1_000;
        // printed once the clock has stopped: the first println and string concatenation are not the round trip's
        if (loaded != 0) {
            System.out.println("phase.DriverRegistry.load=" + (loaded - start) / 1_000);
            System.out.println("phase.readSource=" + (read - loaded) / 1_000);
            System.out.println("phase.writeSpec=" + (wrote - read) / 1_000);
        }
        System.out.println("micros=" + micros);
        System.out.println("output=" + written);
    }
}
