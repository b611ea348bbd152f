package dev.driverkit.examples.redis;

import dev.driverkit.engine.FeatureTable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import redis.clients.jedis.Jedis;

/**
 * Lookups of a {@link RedisNoSqlTarget}'s latest values by entity key: one HGETALL of the entity's hash
 * (storey's layout), decoded as storey decodes it, without the internal fields. Concurrent lookups each take
 * an idle connection (a lock-free queue: no pool bookkeeping on the lookup path) or open one; a broken
 * connection is dropped and the lookup tried once more on a new one (a restarted server). {@link #close()}
 * closes them.
 */
final class RedisFeatureTable implements FeatureTable {
    private final String what;
    private final RedisEndpoint endpoint;
    private final String tablePrefix;
    private final List<String> keyColumns;
    private final ConcurrentLinkedQueue<Jedis> idle = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;

    /** Connects now: an unreachable server or refused credentials fail here. */
    RedisFeatureTable(String what, RedisEndpoint endpoint, List<String> keyColumns) {
        this.what = what;
        this.endpoint = endpoint;
        this.tablePrefix = endpoint.tablePrefix();
        this.keyColumns = keyColumns;
        idle.add(RedisConnections.open(what, endpoint));
    }

    @Override
    public Optional<Map<String, Object>> lookup(Map<String, Object> entityKey) {
        String hash = StoreyRedisLayout.hashKey(tablePrefix, StoreyRedisLayout.entityKey(keyValues(entityKey)));
        Map<String, String> stored = read(hash, true);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> features = StoreyRedisLayout.decodeHash(stored);
        return features.isEmpty() ? Optional.empty() : Optional.of(Collections.unmodifiableMap(features));
    }

    private Map<String, String> read(String hash, boolean retry) {
        if (closed) {
            throw new IllegalStateException(what + ": the table is closed.");
        }
        Jedis jedis = idle.poll();
        if (jedis == null) {
            jedis = RedisConnections.open(what + " (lookup)", endpoint);
        }
        try {
            Map<String, String> stored = jedis.hgetAll(hash);
            idle.add(jedis);
            if (closed) {
                close();
            }
            return stored;
        } catch (RuntimeException e) {
            RedisConnections.closeQuietly(jedis);
            if (retry && RedisConnections.isTransient(e)) {
                return read(hash, false);
            }
            throw RedisConnections.translate(what + " (lookup)", endpoint, e);
        }
    }

    /**
     * The key's values in the entity's key order: the spec's key_columns when set; else a one-column key's
     * value, or the map's own order when it has one (a LinkedHashMap or SortedMap).
     */
    private List<Object> keyValues(Map<String, Object> entityKey) {
        if (entityKey == null || entityKey.isEmpty()) {
            throw new IllegalArgumentException(what + ": a lookup needs the entity key, e.g. Map.of(\"id\", 7).");
        }
        if (!keyColumns.isEmpty()) {
            List<Object> values = new ArrayList<>(keyColumns.size());
            for (String column : keyColumns) {
                if (!entityKey.containsKey(column)) {
                    throw new IllegalArgumentException(what + ": the lookup key " + entityKey.keySet() + " lacks the key"
                            + " column '" + column + "'; the table's key columns are " + keyColumns + ".");
                }
                values.add(entityKey.get(column));
            }
            return values;
        }
        if (entityKey.size() == 1 || entityKey instanceof LinkedHashMap<?, ?> || entityKey instanceof SortedMap<?, ?>) {
            return new ArrayList<>(entityKey.values());
        }
        throw new IllegalArgumentException(what + ": a lookup by the compound key " + entityKey.keySet() + " needs the"
                + " key columns' order: set the spec's key_columns, or pass a LinkedHashMap in the entity's key order.");
    }

    @Override
    public void close() {
        closed = true;
        for (Jedis jedis = idle.poll(); jedis != null; jedis = idle.poll()) {
            RedisConnections.closeQuietly(jedis);
        }
    }
}
