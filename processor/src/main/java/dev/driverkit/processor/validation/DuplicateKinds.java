package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.registry.Direction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One driver per kind and direction in the whole compilation, across rounds (DK003). Every driver of
 * a clash gets the error, naming the others.
 */
public final class DuplicateKinds {
    private final Map<Direction, Map<String, List<DriverModel>>> claims = new EnumMap<>(Direction.class);

    /**
     * Records the drivers of a round and reports clashes.
     *
     * @return the drivers of this round that clash with another driver
     */
    public Set<DriverModel> claim(List<DriverModel> drivers, RuleContext context) {
        Set<DriverModel> touched = new LinkedHashSet<>(); // in declaration order: the same output every build
        for (DriverModel driver : drivers) {
            List<DriverModel> owners = claims.computeIfAbsent(driver.direction(), d -> new LinkedHashMap<>())
                    .computeIfAbsent(driver.kind(), k -> new ArrayList<>());
            owners.add(driver);
            if (owners.size() > 1) {
                touched.addAll(owners);
            }
        }
        Set<DriverModel> clashing = new HashSet<>();
        for (DriverModel driver : touched) {
            List<DriverModel> owners = claims.get(driver.direction()).get(driver.kind());
            List<String> others = owners.stream().filter(o -> o != driver)
                    .map(o -> o.type().getQualifiedName().toString()).toList();
            if (drivers.contains(driver)) {
                clashing.add(driver);
            }
            context.report(Diagnostic.KIND_DUPLICATE, new Location(driver.type(), driver.annotation(), driver.kindValue()),
                    driver.direction().noun(), driver.kind(), driver.simpleName(), and(others),
                    driver.direction().noun());
        }
        return clashing;
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String and(List<String> names) {
        if (names.size() < 2) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
