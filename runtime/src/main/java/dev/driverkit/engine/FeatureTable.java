package dev.driverkit.engine;

import java.util.Map;
import java.util.Optional;

/**
 * The latest feature values of an online target, looked up by entity key: what a queryable online
 * target's {@code getTableObject()} returns, and what the online feature service reads feature vectors
 * from (MLRun's {@code get_table_object}).
 */
public interface FeatureTable extends AutoCloseable {
    /**
     * The latest values stored for one entity.
     *
     * @param entityKey the key columns and their values, e.g. {@code {"customer_id": 42}}
     * @return the feature values by column, or empty when the entity has none
     */
    Optional<Map<String, Object>> lookup(Map<String, Object> entityKey);

    /** Releases connections; a table that holds none need not override it. */
    @Override
    default void close() {}
}
