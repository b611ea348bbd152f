package dev.driverkit.spec;

import dev.driverkit.BaseStoreTarget;
import java.util.List;
import java.util.Set;

/** The top-level fields of a target spec: MLRun's {@code DataTargetBase.to_dict()} and status keys. */
public final class TargetSpecs {
    /** Target spec JSON: every {@code DataTargetBase} field, then the status entry's fields. */
    public static final SpecJson<BaseStoreTarget> JSON = new SpecJson<>(List.of(
            new CommonField<>("name", BaseStoreTarget::getName, BaseStoreTarget::setName,
                    JsonValues::readString, JsonValues::writeString),
            new CommonField<>("path", BaseStoreTarget::getPath, BaseStoreTarget::setPath,
                    JsonValues::readString, JsonValues::writeString),
            new CommonField<>("after_step", BaseStoreTarget::getAfterStep, BaseStoreTarget::setAfterStep,
                    JsonValues::readString, JsonValues::writeString),
            new CommonField<>("partitioned", BaseStoreTarget::getPartitioned, BaseStoreTarget::setPartitioned,
                    JsonValues::readNullableBoolean, JsonValues::writeBoolean),
            new CommonField<>("key_bucketing_number", BaseStoreTarget::getKeyBucketingNumber,
                    BaseStoreTarget::setKeyBucketingNumber, JsonValues::readNullableInt, JsonValues::writeInt),
            new CommonField<>("partition_cols", BaseStoreTarget::getPartitionCols, BaseStoreTarget::setPartitionCols,
                    (parser, path) -> JsonValues.readList(parser, path, JsonValues::readString),
                    (generator, value) -> JsonValues.writeList(generator, value, JsonValues::writeString)),
            new CommonField<>("time_partitioning_granularity", BaseStoreTarget::getTimePartitioningGranularity,
                    BaseStoreTarget::setTimePartitioningGranularity, JsonValues::readString, JsonValues::writeString),
            new CommonField<>("max_events", BaseStoreTarget::getMaxEvents, BaseStoreTarget::setMaxEvents,
                    JsonValues::readNullableInt, JsonValues::writeInt),
            new CommonField<>("flush_after_seconds", BaseStoreTarget::getFlushAfterSeconds,
                    BaseStoreTarget::setFlushAfterSeconds, JsonValues::readNullableInt, JsonValues::writeInt),
            new CommonField<>("storage_options", BaseStoreTarget::getStorageOptions, BaseStoreTarget::setStorageOptions,
                    (parser, path) -> JsonValues.readMap(parser, path, JsonValues::readAny), JsonValues::writeAny),
            new CommonField<>("run_id", BaseStoreTarget::getRunId, BaseStoreTarget::setRunId,
                    JsonValues::readString, JsonValues::writeString),
            new CommonField<>("schema", BaseStoreTarget::getSchema, BaseStoreTarget::setSchema,
                    (parser, path) -> JsonValues.readMap(parser, path, JsonValues::readAny), JsonValues::writeAny),
            new CommonField<>("credentials_prefix", BaseStoreTarget::getCredentialsPrefix,
                    BaseStoreTarget::setCredentialsPrefix, JsonValues::readString, JsonValues::writeString),
            new CommonField<>("status", BaseStoreTarget::getStatus, BaseStoreTarget::setStatus,
                    JsonValues::readString, JsonValues::writeString),
            new CommonField<>("updated", BaseStoreTarget::getUpdated, BaseStoreTarget::setUpdated,
                    JsonValues::readLocalDateTime, JsonValues::writeTime),
            new CommonField<>("size", BaseStoreTarget::getSize, BaseStoreTarget::setSize,
                    JsonValues::readNullableLong, JsonValues::writeLong),
            new CommonField<>("last_written", BaseStoreTarget::getLastWritten, BaseStoreTarget::setLastWritten,
                    JsonValues::readLocalDateTime, JsonValues::writeTime),
            new CommonField<>("online", BaseStoreTarget::getOnline, BaseStoreTarget::setOnline,
                    JsonValues::readNullableBoolean, JsonValues::writeBoolean),
            new CommonField<>("start_time", BaseStoreTarget::getStartTime, BaseStoreTarget::setStartTime,
                    JsonValues::readLocalDateTime, JsonValues::writeTime)),
            Set.of(),
            BaseStoreTarget::getExtraAttributes);

    private TargetSpecs() {}
}
