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
        private static final CommonField NAME = new CommonField("name", Shape.STRING);
        private static final CommonField PATH = new CommonField("path", Shape.STRING);
        private static final CommonField AFTER_STEP = new CommonField("after_step", Shape.STRING);
        private static final CommonField PARTITIONED = new CommonField("partitioned", Shape.BOOLEAN);
        private static final CommonField KEY_BUCKETING_NUMBER = new CommonField("key_bucketing_number", Shape.INTEGER);
        private static final CommonField PARTITION_COLS = new CommonField("partition_cols", Shape.STRING_LIST);
        private static final CommonField TIME_PARTITIONING_GRANULARITY =
                new CommonField("time_partitioning_granularity", Shape.STRING);
        private static final CommonField MAX_EVENTS = new CommonField("max_events", Shape.INTEGER);
        private static final CommonField FLUSH_AFTER_SECONDS = new CommonField("flush_after_seconds", Shape.INTEGER);
        private static final CommonField STORAGE_OPTIONS = new CommonField("storage_options", Shape.OBJECT);
        private static final CommonField RUN_ID = new CommonField("run_id", Shape.STRING);
        private static final CommonField SCHEMA = new CommonField("schema", Shape.OBJECT);
        private static final CommonField CREDENTIALS_PREFIX = new CommonField("credentials_prefix", Shape.STRING);
        // The status entry's fields (a feature set's status.targets).
        private static final CommonField STATUS = new CommonField("status", Shape.STRING);
        private static final CommonField UPDATED = new CommonField("updated", Shape.DATE_TIME);
        private static final CommonField SIZE = new CommonField("size", Shape.INTEGER);
        private static final CommonField LAST_WRITTEN = new CommonField("last_written", Shape.DATE_TIME);
        private static final CommonField ONLINE = new CommonField("online", Shape.BOOLEAN);
        private static final CommonField START_TIME = new CommonField("start_time", Shape.DATE_TIME);

        Fields() {
            super(List.of(NAME, PATH, AFTER_STEP, PARTITIONED, KEY_BUCKETING_NUMBER, PARTITION_COLS,
                    TIME_PARTITIONING_GRANULARITY, MAX_EVENTS, FLUSH_AFTER_SECONDS, STORAGE_OPTIONS, RUN_ID,
                    SCHEMA, CREDENTIALS_PREFIX, STATUS, UPDATED, SIZE, LAST_WRITTEN, ONLINE, START_TIME));
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
            write(generator, NAME, driver.getName());
            write(generator, PATH, driver.getPath());
        }

        @Override
        void writeAfterAttributes(BaseStoreTarget driver, JsonGenerator generator) throws IOException {
            write(generator, AFTER_STEP, driver.getAfterStep());
            write(generator, PARTITIONED, driver.getPartitioned());
            write(generator, KEY_BUCKETING_NUMBER, driver.getKeyBucketingNumber());
            writeStrings(generator, PARTITION_COLS, driver.getPartitionCols());
            write(generator, TIME_PARTITIONING_GRANULARITY, driver.getTimePartitioningGranularity());
            write(generator, MAX_EVENTS, driver.getMaxEvents());
            write(generator, FLUSH_AFTER_SECONDS, driver.getFlushAfterSeconds());
            writeObject(generator, STORAGE_OPTIONS, driver.getStorageOptions());
            write(generator, RUN_ID, driver.getRunId());
            writeObject(generator, SCHEMA, driver.getSchema());
            write(generator, CREDENTIALS_PREFIX, driver.getCredentialsPrefix());
            write(generator, STATUS, driver.getStatus());
            write(generator, UPDATED, driver.getUpdated());
            write(generator, SIZE, driver.getSize());
            write(generator, LAST_WRITTEN, driver.getLastWritten());
            write(generator, ONLINE, driver.getOnline());
            write(generator, START_TIME, driver.getStartTime());
        }

        @Override
        Map<String, Object> extraAttributes(BaseStoreTarget driver) {
            return driver.getExtraAttributes();
        }
    }
}
