package dev.driverkit.spec;

import static dev.driverkit.spec.CommonField.bool;
import static dev.driverkit.spec.CommonField.dateTime;
import static dev.driverkit.spec.CommonField.integer;
import static dev.driverkit.spec.CommonField.longInteger;
import static dev.driverkit.spec.CommonField.object;
import static dev.driverkit.spec.CommonField.string;
import static dev.driverkit.spec.CommonField.stringList;

import dev.driverkit.BaseStoreTarget;
import java.util.List;
import java.util.Set;

/** The top-level fields of a target spec: MLRun's {@code DataTargetBase.to_dict()} and status keys. */
public final class TargetSpecs {
    /** Target spec JSON: every {@code DataTargetBase} field, then the status entry's fields. */
    public static final SpecJson<BaseStoreTarget> JSON = new SpecJson<>(List.of(
            string("name", BaseStoreTarget::getName, BaseStoreTarget::setName),
            string("path", BaseStoreTarget::getPath, BaseStoreTarget::setPath),
            string("after_step", BaseStoreTarget::getAfterStep, BaseStoreTarget::setAfterStep),
            bool("partitioned", BaseStoreTarget::getPartitioned, BaseStoreTarget::setPartitioned),
            integer("key_bucketing_number", BaseStoreTarget::getKeyBucketingNumber, BaseStoreTarget::setKeyBucketingNumber),
            stringList("partition_cols", BaseStoreTarget::getPartitionCols, BaseStoreTarget::setPartitionCols),
            string("time_partitioning_granularity", BaseStoreTarget::getTimePartitioningGranularity,
                    BaseStoreTarget::setTimePartitioningGranularity),
            integer("max_events", BaseStoreTarget::getMaxEvents, BaseStoreTarget::setMaxEvents),
            integer("flush_after_seconds", BaseStoreTarget::getFlushAfterSeconds, BaseStoreTarget::setFlushAfterSeconds),
            object("storage_options", BaseStoreTarget::getStorageOptions, BaseStoreTarget::setStorageOptions),
            string("run_id", BaseStoreTarget::getRunId, BaseStoreTarget::setRunId),
            object("schema", BaseStoreTarget::getSchema, BaseStoreTarget::setSchema),
            string("credentials_prefix", BaseStoreTarget::getCredentialsPrefix, BaseStoreTarget::setCredentialsPrefix),
            // The status entry's fields (a feature set's status.targets).
            string("status", BaseStoreTarget::getStatus, BaseStoreTarget::setStatus),
            dateTime("updated", BaseStoreTarget::getUpdated, BaseStoreTarget::setUpdated),
            longInteger("size", BaseStoreTarget::getSize, BaseStoreTarget::setSize),
            dateTime("last_written", BaseStoreTarget::getLastWritten, BaseStoreTarget::setLastWritten),
            bool("online", BaseStoreTarget::getOnline, BaseStoreTarget::setOnline),
            dateTime("start_time", BaseStoreTarget::getStartTime, BaseStoreTarget::setStartTime)),
            Set.of(),
            BaseStoreTarget::getExtraAttributes);

    private TargetSpecs() {}
}
