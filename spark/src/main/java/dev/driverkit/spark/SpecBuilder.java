package dev.driverkit.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.driverkit.registry.Direction;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.spec.NearestName;
import dev.driverkit.spec.SpecException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a driver's spec JSON from the data source's options, then lets the registry read it strictly,
 * as it reads any spec: the options are laid over the {@code spec} option's JSON (an option wins), each
 * is put where its key belongs (top level or {@code attributes}) with the JSON type the driver's schema
 * gives it, and an option that is no key of the spec is an error with the nearest key. One exception: an
 * option of the same kind's driver of the other direction is left out, so that a view or table of a kind
 * both reads (its source) and writes (its target) with one set of options.
 */
final class SpecBuilder {
    private final SparkDrivers drivers;

    SpecBuilder(SparkDrivers drivers) {
        this.drivers = drivers;
    }

    /** The spec of the {@code direction} driver the options name, read once to check it. */
    DriverSpec build(DriverkitOptions options, Direction direction) {
        DriverInfo info = drivers.lookup(direction, options.kind());
        SpecShape shape = SpecShape.of(drivers.registry(), direction, info);
        String what = "the '" + info.kind() + "' " + direction.noun();
        ObjectNode spec = JsonNodeFactory.instance.objectNode();
        spec.put(DriverkitOptions.KIND, info.kind());
        if (options.spec() != null) {
            JsonNode given = JsonText.parse(options.spec(), "The \"spec\" option");
            if (!given.isObject()) {
                throw new IllegalArgumentException("The \"spec\" option must be a JSON object (a driver spec), not " + given);
            }
            given.fields().forEachRemaining(field -> spec.set(field.getKey(), field.getValue()));
            spec.put(DriverkitOptions.KIND, info.kind());
        }
        Map<String, String> optionOfPath = new HashMap<>();
        SpecShape otherShape = null;
        for (Map.Entry<String, String> option : options.fields().entrySet()) {
            Optional<SpecShape.Key> found = shape.find(option.getKey());
            if (found.isEmpty()) {
                otherShape = otherShape != null ? otherShape : otherSide(direction, info.kind());
                if (otherShape != null && otherShape.find(option.getKey()).isPresent()) {
                    continue; // an option of the kind's other driver (a target's compression, read from a table)
                }
                throw unknownOption(option.getKey(), shape, what, info);
            }
            SpecShape.Key key = found.get();
            JsonNode value = OptionValues.typed(option.getKey(), option.getValue(), key.schema());
            if (key.attribute()) {
                spec.withObject("/attributes").set(key.name(), value);
                optionOfPath.put("$.attributes." + key.name(), option.getKey());
            } else {
                spec.set(key.name(), value);
                optionOfPath.put("$." + key.name(), option.getKey());
            }
        }
        if (direction == Direction.TARGET && !options.partitionColumns().isEmpty()) {
            partitionBy(spec, options.partitionColumns(), what);
        }
        String json = JsonText.write(spec);
        DriverSpec driverSpec = new DriverSpec(direction, info, json, drivers);
        try {
            driverSpec.check();
        } catch (SpecException e) {
            throw badOption(e, optionOfPath, what);
        }
        return driverSpec;
    }

    /** {@code df.write.partitionBy(...)}: the target's {@code partition_cols} (MLRun's), unless they say otherwise. */
    private static void partitionBy(ObjectNode spec, List<String> columns, String what) {
        JsonNode given = spec.get("partition_cols");
        List<String> givenColumns = new ArrayList<>();
        if (given != null) {
            given.forEach(column -> givenColumns.add(column.asText()));
            if (!givenColumns.equals(columns)) {
                throw new IllegalArgumentException("partitionBy" + columns + " and the partition_cols option "
                        + givenColumns + " of " + what + " differ: give one of them.");
            }
            return;
        }
        spec.set("partition_cols", JsonText.MAPPER.valueToTree(columns));
    }

    private static IllegalArgumentException unknownOption(String option, SpecShape shape, String what, DriverInfo info) {
        List<String> known = new ArrayList<>(DriverkitOptions.RESERVED);
        known.addAll(shape.keys());
        String nearest = NearestName.among(option, known);
        StringBuilder message = new StringBuilder("Unknown option '").append(option).append("' for ").append(what)
                .append(" (").append(info.driverClassName()).append(").");
        if (nearest != null) {
            message.append(" Did you mean '").append(nearest).append("'?");
        }
        message.append(" Its options: ").append(String.join(", ", shape.common().keySet()));
        if (!shape.attributes().isEmpty()) {
            message.append("; its own attributes: ").append(String.join(", ", shape.attributes().keySet()));
        }
        message.append("; and the data source's: ").append(String.join(", ", DriverkitOptions.RESERVED)).append('.');
        return new IllegalArgumentException(message.toString());
    }

    /** The shape of the same kind's driver in the other direction, when it runs on Spark; else null. */
    private SpecShape otherSide(Direction direction, String kind) {
        Direction other = direction.other();
        return drivers.hasSparkDriver(other, kind)
                ? SpecShape.of(drivers.registry(), other, drivers.lookup(other, kind)) : null;
    }

    private static IllegalArgumentException badOption(SpecException e, Map<String, String> optionOfPath, String what) {
        String option = optionAt(e.path(), optionOfPath);
        String prefix = option != null ? "Option '" + option + "' of " + what + ": "
                : "The spec of " + what + " (from the \"spec\" option): ";
        return new IllegalArgumentException(prefix + e.getMessage(), e);
    }

    /** The option that set the value at {@code path} or above it ({@code $.attributes.x[2]} is option x's). */
    private static String optionAt(String path, Map<String, String> optionOfPath) {
        String at = path;
        while (true) {
            String option = optionOfPath.get(at);
            if (option != null) {
                return option;
            }
            String parent = at.replaceFirst("(\\[\\d+\\]|\\.[^.\\[]+)$", "");
            if (parent.equals(at)) {
                return null;
            }
            at = parent;
        }
    }
}
