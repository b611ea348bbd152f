package dev.driverkit.processor.model;

import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import dev.driverkit.registry.Direction;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;

/**
 * One engine role of the runtime's contract, read from its {@code @Role} interface: to which drivers it
 * applies and the methods it makes them declare.
 *
 * @param engine the engine that needs the role, or null when flags alone decide
 * @param uses engine libraries the methods need besides {@code engine}'s
 * @param methods its methods, its super-roles' included, by name
 */
public record EngineRole(TypeElement type, Direction direction, Engine engine, Set<DriverFlag> when,
        Set<DriverFlag> unless, Set<Engine> uses, List<ContractMethod> methods) {

    public EngineRole {
        when = when.isEmpty() ? Set.of() : EnumSet.copyOf(when);
        unless = unless.isEmpty() ? Set.of() : EnumSet.copyOf(unless);
        uses = uses.isEmpty() ? Set.of() : EnumSet.copyOf(uses);
        methods = List.copyOf(methods);
    }

    public boolean appliesTo(DriverModel driver) {
        return direction == driver.direction()
                && (engine == null || driver.engines().contains(engine))
                && driver.flags().containsAll(when)
                && unless.stream().noneMatch(driver.flags()::contains);
    }

    /** The engines whose libraries its methods need. */
    public Set<Engine> libraries() {
        Set<Engine> libraries = EnumSet.noneOf(Engine.class);
        if (engine != null) {
            libraries.add(engine);
        }
        libraries.addAll(uses);
        return libraries;
    }

    public String simpleName() {
        return type.getSimpleName().toString();
    }

    /**
     * Completes "CsvSource ... but has no method x": {@code lists Engine.SPARK in supports}, or
     * {@code is an online source (extends OnlineSource)}.
     */
    public String because() {
        if (engine != null) {
            return "lists Engine." + engine + " in supports";
        }
        return "is " + kindOfDriver() + " (" + when.stream().map(flag -> flag.howToSet(direction))
                .collect(Collectors.joining(", ")) + ")";
    }

    /** What expects the methods, for "the signature X expects": {@code Engine.SPARK}, {@code an online source}. */
    public String requiredBy() {
        return engine != null ? "Engine." + engine : kindOfDriver();
    }

    /** {@code an online source}, {@code a queryable online target}. */
    private String kindOfDriver() {
        String adjectives = when.stream().map(flag -> flag.key() + " ").collect(Collectors.joining());
        String noun = adjectives + direction.noun();
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /**
     * Completes "engines call x only on a source that ...": the role's condition, e.g.
     * {@code is declared with online = true, queryable = true} or {@code does not extend OnlineSource}.
     */
    public String condition() {
        List<String> parts = new java.util.ArrayList<>();
        List<String> settings = new java.util.ArrayList<>();
        for (DriverFlag flag : when) {
            String setting = flag.howToSet(direction);
            (setting.contains(" = ") ? settings : parts).add(setting);
        }
        for (DriverFlag flag : unless) {
            String setting = flag.howToUnset(direction);
            (setting.contains(" = ") ? settings : parts).add(setting);
        }
        if (!settings.isEmpty()) {
            parts.add("is declared with " + String.join(", ", settings));
        }
        return String.join(" and ", parts);
    }
}
