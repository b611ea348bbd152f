package dev.driverkit.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.driverkit.BaseSourceDriver;
import dev.driverkit.spec.CommonField.Shape;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The top-level fields of a source spec: MLRun's {@code DataSource.to_dict()} keys. */
public final class SourceSpecs {
    /** Source spec JSON: every {@code DataSource} field; {@code online} is derived from the class. */
    public static final SpecJson<BaseSourceDriver> JSON = new SpecJson<>(new Fields());

    private SourceSpecs() {}

    private static final class Fields extends CommonFields<BaseSourceDriver> {
        private static final CommonField NAME = new CommonField("name", Shape.STRING);
        private static final CommonField PATH = new CommonField("path", Shape.STRING);
        private static final CommonField KEY_FIELD = new CommonField("key_field", Shape.STRING);
        private static final CommonField TIME_FIELD = new CommonField("time_field", Shape.STRING);
        private static final CommonField SCHEDULE = new CommonField("schedule", Shape.STRING);
        private static final CommonField ONLINE = new CommonField("online", Shape.BOOLEAN);
        private static final CommonField WORKERS = new CommonField("workers", Shape.INTEGER);
        private static final CommonField MAX_AGE = new CommonField("max_age", Shape.INTEGER);
        private static final CommonField START_TIME = new CommonField("start_time", Shape.DATE_TIME);
        private static final CommonField END_TIME = new CommonField("end_time", Shape.DATE_TIME);
        private static final CommonField CREDENTIALS_PREFIX = new CommonField("credentials_prefix", Shape.STRING);

        Fields() {
            super(List.of(NAME, PATH, KEY_FIELD, TIME_FIELD, SCHEDULE, ONLINE, WORKERS, MAX_AGE, START_TIME,
                    END_TIME, CREDENTIALS_PREFIX));
        }

        @Override
        boolean read(BaseSourceDriver driver, String key, JsonParser parser) throws IOException {
            switch (key) {
                case "name" -> driver.setName(JsonValues.readString(parser));
                case "path" -> driver.setPath(JsonValues.readString(parser));
                case "key_field" -> driver.setKeyField(JsonValues.readString(parser));
                case "time_field" -> driver.setTimeField(JsonValues.readString(parser));
                case "schedule" -> driver.setSchedule(JsonValues.readString(parser));
                case "online" -> JsonValues.readNullableBoolean(parser); // checked, not kept: the class decides
                case "workers" -> driver.setWorkers(JsonValues.readNullableInt(parser));
                case "max_age" -> driver.setMaxAge(JsonValues.readNullableInt(parser));
                case "start_time" -> driver.setStartTime(JsonValues.readLocalDateTime(parser));
                case "end_time" -> driver.setEndTime(JsonValues.readLocalDateTime(parser));
                case "credentials_prefix" -> driver.setCredentialsPrefix(JsonValues.readString(parser));
                default -> {
                    return false;
                }
            }
            return true;
        }

        @Override
        void writeBeforeAttributes(BaseSourceDriver driver, JsonGenerator generator) throws IOException {
            write(generator, NAME, driver.getName());
            write(generator, PATH, driver.getPath());
        }

        @Override
        void writeAfterAttributes(BaseSourceDriver driver, JsonGenerator generator) throws IOException {
            write(generator, KEY_FIELD, driver.getKeyField());
            write(generator, TIME_FIELD, driver.getTimeField());
            write(generator, SCHEDULE, driver.getSchedule());
            write(generator, ONLINE, driver.isOnline() ? Boolean.TRUE : null); // derived from the class
            write(generator, WORKERS, driver.getWorkers());
            write(generator, MAX_AGE, driver.getMaxAge());
            write(generator, START_TIME, driver.getStartTime());
            write(generator, END_TIME, driver.getEndTime());
            write(generator, CREDENTIALS_PREFIX, driver.getCredentialsPrefix());
        }

        @Override
        Map<String, Object> extraAttributes(BaseSourceDriver driver) {
            return driver.getExtraAttributes();
        }
    }
}
