package dev.driverkit.examples.redis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import redis.clients.jedis.Pipeline;

/**
 * One entity's update in storey's layout: the hash, the fields to set (with the modification time) and the
 * fields whose new value is null (removed). Applying it twice leaves what applying it once does, so a batch
 * can be written again after a lost connection.
 */
record RedisUpsert(String hashKey, Map<String, String> fields, List<String> removed) {
    /** Queues the update on a pipeline: HDEL of the removed fields, then one HSET. */
    void queue(Pipeline pipeline) {
        if (!removed.isEmpty()) {
            pipeline.hdel(hashKey, removed.toArray(String[]::new));
        }
        pipeline.hset(hashKey, fields);
    }

    /**
     * Builds the updates of one table: which columns each write takes (the key columns, then the features;
     * every column when no feature is named), encoded as storey does.
     */
    static final class Builder {
        private final String tablePrefix;
        private final List<String> keyColumns;
        private final List<String> columns;

        /**
         * @param keyColumns the entity key columns, in order
         * @param features the feature columns to write; empty means every column of a row
         */
        Builder(String tablePrefix, List<String> keyColumns, List<String> features) {
            this.tablePrefix = tablePrefix;
            this.keyColumns = List.copyOf(keyColumns);
            if (features.isEmpty()) {
                this.columns = List.of();
            } else {
                Set<String> selected = new LinkedHashSet<>(keyColumns);
                selected.addAll(features);
                this.columns = List.copyOf(selected);
            }
        }

        List<String> keyColumns() {
            return keyColumns;
        }

        /**
         * The update of a row.
         *
         * @param values the row by column
         * @param fallbackKey the key to use when the row lacks a key column's value (an event's key), or null
         * @param now the modification time
         * @throws IllegalArgumentException when the row has no key, or a value storey's layout cannot hold
         */
        RedisUpsert of(Map<String, Object> values, Object fallbackKey, Instant now) {
            String entity = StoreyRedisLayout.entityKey(keyValues(values, fallbackKey));
            Map<String, String> fields = new LinkedHashMap<>();
            List<String> removed = new ArrayList<>();
            Iterable<String> names = columns.isEmpty() ? values.keySet() : columns;
            for (String column : names) {
                if (!values.containsKey(column)) {
                    continue; // a feature this row does not carry keeps its stored value
                }
                Object value = values.get(column);
                String encoded;
                try {
                    encoded = StoreyRedisLayout.encode(value);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("column '" + column + "' of entity " + entity + " has " + e.getMessage(), e);
                }
                if (encoded == null) {
                    removed.add(column);
                } else {
                    fields.put(column, encoded);
                }
            }
            fields.put(StoreyRedisLayout.MTIME_FIELD, StoreyRedisLayout.mtime(now));
            return new RedisUpsert(StoreyRedisLayout.hashKey(tablePrefix, entity), fields, removed);
        }

        private List<?> keyValues(Map<String, Object> values, Object fallbackKey) {
            if (!keyColumns.isEmpty()) {
                List<Object> key = new ArrayList<>(keyColumns.size());
                for (String column : keyColumns) {
                    Object value = values.get(column);
                    if (value == null) {
                        key = null;
                        break;
                    }
                    key.add(value);
                }
                if (key != null) {
                    return key;
                }
            }
            if (fallbackKey instanceof List<?> list && !list.isEmpty()) {
                return list;
            }
            if (fallbackKey != null && !(fallbackKey instanceof List<?>)) {
                return List.of(fallbackKey);
            }
            throw new IllegalArgumentException("a row has no entity key: " + (keyColumns.isEmpty()
                    ? "no key columns are set (the write request's key columns, or the spec's key_columns) and the event has no key"
                    : "no value for " + keyColumns + " and the event has no key") + "; its columns are " + values.keySet());
        }
    }
}
