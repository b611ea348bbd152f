package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.SourceFiles;
import dev.driverkit.registry.Direction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * One driver per kind and direction in the whole compilation, across rounds (DK003). Every driver of
 * a clash gets the error, naming the others and their files, with a kind that is still free. Drivers
 * with other errors take part too (one compile shows every mistake), as long as their kind is well
 * formed.
 */
public final class DuplicateKinds {
    private final Map<Direction, Map<String, List<DriverModel>>> claims = new EnumMap<>(Direction.class);
    private final SourceFiles files;
    private final BiPredicate<Direction, String> registeredOnClassPath;

    /**
     * @param registeredOnClassPath whether a jar on the class path registers a kind (never suggested)
     */
    public DuplicateKinds(SourceFiles files, BiPredicate<Direction, String> registeredOnClassPath) {
        this.files = files;
        this.registeredOnClassPath = registeredOnClassPath;
    }

    /**
     * Records the drivers of a round and reports clashes.
     *
     * @return the drivers of this round that clash with another driver
     */
    public Set<DriverModel> claim(List<DriverModel> drivers, RuleContext context) {
        Set<DriverModel> touched = new LinkedHashSet<>(); // in declaration order: the same output every build
        for (DriverModel driver : drivers) {
            if (!KindRule.isValid(driver.kind())) {
                continue; // KindRule reports it
            }
            List<DriverModel> owners = claims.computeIfAbsent(driver.direction(), d -> new LinkedHashMap<>())
                    .computeIfAbsent(driver.kind(), k -> new ArrayList<>());
            owners.add(driver);
            if (owners.size() > 1) {
                touched.addAll(owners);
            }
        }
        Set<DriverModel> clashing = new HashSet<>();
        Set<String> suggested = new HashSet<>();
        for (DriverModel driver : touched) {
            List<DriverModel> owners = claims.get(driver.direction()).get(driver.kind());
            // by name: compilers list a round's elements in different orders
            List<String> others = owners.stream().filter(o -> o != driver)
                    .sorted(java.util.Comparator.comparing(o -> o.type().getQualifiedName().toString()))
                    .map(this::described).toList();
            if (drivers.contains(driver)) {
                clashing.add(driver);
            }
            String free = freeKind(driver, suggested);
            suggested.add(free);
            context.report(Diagnostic.KIND_DUPLICATE, new Location(driver.type(), driver.annotation(), driver.kindValue()),
                    driver.direction().noun(), driver.kind(), driver.simpleName(), and(others),
                    driver.direction().noun(), free);
        }
        return clashing;
    }

    /** {@code com.acme.TsvSource (src/main/java/com/acme/TsvSource.java)}, or the class alone. */
    private String described(DriverModel driver) {
        String name = driver.type().getQualifiedName().toString();
        return files.nameOf(driver.type()).map(file -> name + " (" + file + ")").orElse(name);
    }

    /**
     * A kind no driver of this compilation or its class path has: the one derived from the class name
     * ({@code TsvSource} gives {@code tsv}), else the kind with a number ({@code csv2}).
     */
    private String freeKind(DriverModel driver, Set<String> suggested) {
        String fromName = KindRule.suggestion(driver);
        if (isFree(driver.direction(), fromName, suggested)) {
            return fromName;
        }
        for (int n = 2; ; n++) {
            String numbered = driver.kind() + n;
            if (isFree(driver.direction(), numbered, suggested)) {
                return numbered;
            }
        }
    }

    private boolean isFree(Direction direction, String kind, Set<String> suggested) {
        return KindRule.isValid(kind) && !suggested.contains(kind)
                && !claims.getOrDefault(direction, Map.of()).containsKey(kind)
                && !registeredOnClassPath.test(direction, kind);
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String and(List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
