package dev.driverkit.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.driverkit.BaseStoreTarget;
import dev.driverkit.spec.CommonField.Shape;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The top-level fields of a target spec: MLRun's {@code DataTargetBase.to_dict()} and status keys. */
public final class TargetSpecs {
    /** Target spec JSON: every {@code DataTargetBase} field, then the status entry's fields. */
    public static final SpecJson<BaseStoreTarget> JSON = new SpecJson<>(new Fields());

    private TargetSpecs() {}

    private static final class Fields extends CommonFields<BaseStoreTarget> {
        Fields() {
            super(List.of(
                    new CommonField("name", Shape.STRING),
                    new CommonField("path", Shape.STRING),
                    new CommonField("after_step", Shape.STRING),
                    new CommonField("partitioned", Shape.BOOLEAN),
                    new CommonField("key_bucketing_number", Shape.INTEGER),
                    new CommonField("partition_cols", Shape.STRING_LIST),
                    new CommonField("time_partitioning_granularity", Shape.STRING),
                    new CommonField("max_events", Shape.INTEGER),
                    new CommonField("flush_after_seconds", Shape.INTEGER),
                    new CommonField("storage_options", Shape.OBJECT),
                    new CommonField("run_id", Shape.STRING),
                    new CommonField("schema", Shape.OBJECT),
                    new CommonField("credentials_prefix", Shape.STRING),
                    // The status entry's fields (a feature set's status.targets).
                    new CommonField("status", Shape.STRING),
                    new CommonField("updated", Shape.DATE_TIME),
                    new CommonField("size", Shape.INTEGER),
                    new CommonField("last_written", Shape.DATE_TIME),
                    new CommonField("online", Shape.BOOLEAN),
                    new CommonField("start_time", Shape.DATE_TIME)));
        }

        @Override
        boolean read(BaseStoreTarget driver, String key, JsonParser parser) throws IOException {
            switch (key) {
                case "name" -> driver.setName(JsonValues.readString(parser));
                case "path" -> driver.setPath(JsonValues.readString(parser));
                case "after_step" -> driver.setAfterStep(JsonValues.readString(parser));
                case "partitioned" -> driver.setPartitioned(JsonValues.readNullableBoolean(parser));
                case "key_bucketing_number" -> driver.setKeyBucketingNumber(JsonValues.readNullableInt(parser));
                case "partition_cols" -> driver.setPartitionCols(JsonValues.readList(parser, JsonValues.STRING));
                case "time_partitioning_granularity" ->
                        driver.setTimePartitioningGranularity(JsonValues.readString(parser));
                case "max_events" -> driver.setMaxEvents(JsonValues.readNullableInt(parser));
                case "flush_after_seconds" -> driver.setFlushAfterSeconds(JsonValues.readNullableInt(parser));
                case "storage_options" -> driver.setStorageOptions(JsonValues.readMap(parser, JsonValues.ANY));
                case "run_id" -> driver.setRunId(JsonValues.readString(parser));
                case "schema" -> driver.setSchema(JsonValues.readMap(parser, JsonValues.ANY));
                case "credentials_prefix" -> driver.setCredentialsPrefix(JsonValues.readString(parser));
                case "status" -> driver.setStatus(JsonValues.readString(parser));
                case "updated" -> driver.setUpdated(JsonValues.readLocalDateTime(parser));
                case "size" -> driver.setSize(JsonValues.readNullableLong(parser));
                case "last_written" -> driver.setLastWritten(JsonValues.readLocalDateTime(parser));
                case "online" -> driver.setOnline(JsonValues.readNullableBoolean(parser));
                case "start_time" -> driver.setStartTime(JsonValues.readLocalDateTime(parser));
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        void writeBeforeAttributes(BaseStoreTarget driver, JsonGenerator generator) throws IOException {
            write(generator, "name", driver.getName());
            write(generator, "path", driver.getPath());
        }

        @Override
        void writeAfterAttributes(BaseStoreTarget driver, JsonGenerator generator) throws IOException {
            write(generator, "after_step", driver.getAfterStep());
            write(generator, "partitioned", driver.getPartitioned());
            write(generator, "key_bucketing_number", driver.getKeyBucketingNumber());
            writeStrings(generator, "partition_cols", driver.getPartitionCols());
            write(generator, "time_partitioning_granularity", driver.getTimePartitioningGranularity());
            write(generator, "max_events", driver.getMaxEvents());
            write(generator, "flush_after_seconds", driver.getFlushAfterSeconds());
            writeObject(generator, "storage_options", driver.getStorageOptions());
            write(generator, "run_id", driver.getRunId());
            writeObject(generator, "schema", driver.getSchema());
            write(generator, "credentials_prefix", driver.getCredentialsPrefix());
            write(generator, "status", driver.getStatus());
            write(generator, "updated", driver.getUpdated());
            write(generator, "size", driver.getSize());
            write(generator, "last_written", driver.getLastWritten());
            write(generator, "online", driver.getOnline());
            write(generator, "start_time", driver.getStartTime());
        }

        @Override
        Map<String, Object> extraAttributes(BaseStoreTarget driver) {
            return driver.getExtraAttributes();
        }
    }
}
