package dev.driverkit.spec;

import static dev.driverkit.spec.CommonField.bool;
import static dev.driverkit.spec.CommonField.dateTime;
import static dev.driverkit.spec.CommonField.integer;
import static dev.driverkit.spec.CommonField.string;

import dev.driverkit.BaseSourceDriver;
import java.util.List;
import java.util.Set;

/** The top-level fields of a source spec: MLRun's {@code DataSource.to_dict()} keys. */
public final class SourceSpecs {
    /** Source spec JSON: every {@code DataSource} field; {@code online} is derived from the class. */
    public static final SpecJson<BaseSourceDriver> JSON = new SpecJson<>(List.of(
            string("name", BaseSourceDriver::getName, BaseSourceDriver::setName),
            string("path", BaseSourceDriver::getPath, BaseSourceDriver::setPath),
            string("key_field", BaseSourceDriver::getKeyField, BaseSourceDriver::setKeyField),
            string("time_field", BaseSourceDriver::getTimeField, BaseSourceDriver::setTimeField),
            string("schedule", BaseSourceDriver::getSchedule, BaseSourceDriver::setSchedule),
            bool("online", driver -> driver.isOnline() ? Boolean.TRUE : null, (driver, ignored) -> { }),
            integer("workers", BaseSourceDriver::getWorkers, BaseSourceDriver::setWorkers),
            integer("max_age", BaseSourceDriver::getMaxAge, BaseSourceDriver::setMaxAge),
            dateTime("start_time", BaseSourceDriver::getStartTime, BaseSourceDriver::setStartTime),
            dateTime("end_time", BaseSourceDriver::getEndTime, BaseSourceDriver::setEndTime),
            string("credentials_prefix", BaseSourceDriver::getCredentialsPrefix, BaseSourceDriver::setCredentialsPrefix)),
            Set.of(),
            BaseSourceDriver::getExtraAttributes);

    private SourceSpecs() {}
}
