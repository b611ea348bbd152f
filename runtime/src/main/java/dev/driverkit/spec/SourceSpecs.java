package dev.driverkit.spec;

import dev.driverkit.BaseSourceDriver;
import java.util.List;
import java.util.Set;

/** The top-level fields of a source spec: MLRun's {@code DataSource.to_dict()} keys. */
public final class SourceSpecs {
    /** Source spec JSON: every {@code DataSource} field; {@code online} is derived from the class. */
    public static final SpecJson<BaseSourceDriver> JSON = new SpecJson<>(List.of(
            new CommonField<>("name", BaseSourceDriver::getName, BaseSourceDriver::setName,
                    JsonValues::readString, JsonValues::writeString),
            new CommonField<>("path", BaseSourceDriver::getPath, BaseSourceDriver::setPath,
                    JsonValues::readString, JsonValues::writeString),
            new CommonField<>("key_field", BaseSourceDriver::getKeyField, BaseSourceDriver::setKeyField,
                    JsonValues::readString, JsonValues::writeString),
            new CommonField<>("time_field", BaseSourceDriver::getTimeField, BaseSourceDriver::setTimeField,
                    JsonValues::readString, JsonValues::writeString),
            new CommonField<>("schedule", BaseSourceDriver::getSchedule, BaseSourceDriver::setSchedule,
                    JsonValues::readString, JsonValues::writeString),
            new CommonField<BaseSourceDriver, Boolean>("online",
                    driver -> driver.isOnline() ? Boolean.TRUE : null, (driver, ignored) -> { },
                    JsonValues::readNullableBoolean, JsonValues::writeBoolean),
            new CommonField<>("workers", BaseSourceDriver::getWorkers, BaseSourceDriver::setWorkers,
                    JsonValues::readNullableInt, JsonValues::writeInt),
            new CommonField<>("max_age", BaseSourceDriver::getMaxAge, BaseSourceDriver::setMaxAge,
                    JsonValues::readNullableInt, JsonValues::writeInt),
            new CommonField<>("start_time", BaseSourceDriver::getStartTime, BaseSourceDriver::setStartTime,
                    JsonValues::readLocalDateTime, JsonValues::writeTime),
            new CommonField<>("end_time", BaseSourceDriver::getEndTime, BaseSourceDriver::setEndTime,
                    JsonValues::readLocalDateTime, JsonValues::writeTime),
            new CommonField<>("credentials_prefix", BaseSourceDriver::getCredentialsPrefix,
                    BaseSourceDriver::setCredentialsPrefix, JsonValues::readString, JsonValues::writeString)),
            Set.of(),
            BaseSourceDriver::getExtraAttributes);

    private SourceSpecs() {}
}
