package dev.driverkit.bench.spec;

/** The spec every spec measure reads and writes: MLRun's dictionary shape, every field set. */
public final class SpecSample {
    /** In the order driverkit writes it, so that every variant's output can be compared with it. */
    public static final String JSON = "{\"kind\":\"bench\",\"name\":\"orders\",\"path\":\"s3://lake/orders/2024/\","
            + "\"attributes\":{\"table\":\"orders\",\"batch_size\":5000,\"max_bytes\":1073741824,\"sample_ratio\":0.25,"
            + "\"compact\":true,\"verify\":false,\"retries\":3,\"quote\":\"'\",\"compression\":\"ZSTD\","
            + "\"poll_timeout\":\"PT15M\",\"since\":\"2024-03-01T12:30:45\","
            + "\"columns\":[\"id\",\"ts\",\"amount\",\"customer_id\"],\"tags\":[\"finance\",\"daily\"],"
            + "\"options\":{\"region\":\"eu-west-1\",\"endpoint\":\"http://localhost:9000\"},"
            + "\"weights\":{\"a\":1,\"b\":2,\"c\":3}},"
            + "\"key_field\":\"id\",\"time_field\":\"ts\",\"schedule\":\"0 * * * *\",\"workers\":4,\"max_age\":3600,"
            + "\"start_time\":\"2024-01-01T00:00:01\",\"end_time\":\"2024-12-31T23:59:59\",\"credentials_prefix\":\"PROD_\"}";

    private SpecSample() {}
}
