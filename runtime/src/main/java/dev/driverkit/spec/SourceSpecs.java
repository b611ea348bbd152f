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
        Fields() {
            super(List.of(
                    new CommonField("name", Shape.STRING),
                    new CommonField("path", Shape.STRING),
                    new CommonField("key_field", Shape.STRING),
                    new CommonField("time_field", Shape.STRING),
                    new CommonField("schedule", Shape.STRING),
                    new CommonField("online", Shape.BOOLEAN),
                    new CommonField("workers", Shape.INTEGER),
                    new CommonField("max_age", Shape.INTEGER),
                    new CommonField("start_time", Shape.DATE_TIME),
                    new CommonField("end_time", Shape.DATE_TIME),
                    new CommonField("credentials_prefix", Shape.STRING)));
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
            write(generator, "name", driver.getName());
            write(generator, "path", driver.getPath());
        }

        @Override
        void writeAfterAttributes(BaseSourceDriver driver, JsonGenerator generator) throws IOException {
            write(generator, "key_field", driver.getKeyField());
            write(generator, "time_field", driver.getTimeField());
            write(generator, "schedule", driver.getSchedule());
            if (driver.isOnline()) {
                generator.writeBooleanField("online", true);
            }
            write(generator, "workers", driver.getWorkers());
            write(generator, "max_age", driver.getMaxAge());
            write(generator, "start_time", driver.getStartTime());
            write(generator, "end_time", driver.getEndTime());
            write(generator, "credentials_prefix", driver.getCredentialsPrefix());
        }

        @Override
        Map<String, Object> extraAttributes(BaseSourceDriver driver) {
            return driver.getExtraAttributes();
        }
    }
}
