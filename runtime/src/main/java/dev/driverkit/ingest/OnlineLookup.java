package dev.driverkit.ingest;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.engine.FeatureTable;
import dev.driverkit.engine.Roles;
import dev.driverkit.registry.DriverRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Feature vectors by entity key, over one or more queryable online targets (feature sets): MLRun's
 * online feature service. Each target is opened once ({@code getTableObject()}); a lookup asks each and
 * joins their features by entity. An entity no target knows is an empty vector, not an error.
 *
 * <pre>{@code
 * try (OnlineLookup lookup = OnlineLookup.open(registry, List.of(redisSpec, sqliteSpec))) {
 *     Map<String, Object> vector = lookup.get(Map.of("customer_id", 42));
 * }
 * }</pre>
 *
 * A target that is not a queryable online target is refused when the lookup opens, with
 * {@link dev.driverkit.engine.EngineNotSupportedException}.
 */
public final class OnlineLookup implements AutoCloseable {
    private final List<String> names = new ArrayList<>();
    private final List<FeatureTable> tables = new ArrayList<>();

    private OnlineLookup() {}

    /** Opens the targets of these spec JSONs; closes what it opened when one of them fails. */
    public static OnlineLookup open(DriverRegistry registry, List<String> targetSpecs) {
        OnlineLookup lookup = new OnlineLookup();
        try {
            for (String spec : targetSpecs) {
                BaseStoreTarget target = registry.readTarget(spec);
                lookup.tables.add(Roles.onlineQuery(target).getTableObject());
                lookup.names.add(target.getName() != null ? target.getName() : target.kind());
            }
        } catch (RuntimeException e) {
            lookup.close();
            throw e;
        }
        return lookup;
    }

    /**
     * The entity's features from every target, joined: the key columns once, then each target's features
     * in target order. A feature two targets both have is kept from the first; the second's is named
     * {@code <target name>.<feature>}. Empty when no target has the entity.
     */
    public Map<String, Object> get(Map<String, Object> entityKey) {
        Map<String, Object> vector = new LinkedHashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            Optional<Map<String, Object>> features = tables.get(i).lookup(entityKey);
            if (features.isEmpty()) {
                continue;
            }
            if (vector.isEmpty()) {
                vector.putAll(entityKey);
            }
            for (Map.Entry<String, Object> feature : features.get().entrySet()) {
                if (entityKey.containsKey(feature.getKey())) {
                    continue;
                }
                String name = vector.containsKey(feature.getKey()) ? names.get(i) + "." + feature.getKey() : feature.getKey();
                vector.put(name, feature.getValue());
            }
        }
        return vector;
    }

    /** {@link #get} for each key, in order. */
    public List<Map<String, Object>> getAll(List<Map<String, Object>> entityKeys) {
        List<Map<String, Object>> vectors = new ArrayList<>(entityKeys.size());
        entityKeys.forEach(key -> vectors.add(get(key)));
        return vectors;
    }

    /** Closes every target's table; the first failure is thrown after all were closed. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (FeatureTable table : tables) {
            try {
                table.close();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        tables.clear();
        if (first != null) {
            throw first;
        }
    }
}
