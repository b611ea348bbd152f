package dev.driverkit.testdrivers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.driverkit.spec.JsonValues;
import dev.driverkit.spec.SpecCodec;
import java.io.IOException;
import java.util.List;

/** Hand-written in the shape driverkit-processor generates (see SpecCodecWriter). */
public final class CsvTestSource_SpecCodec implements SpecCodec<CsvTestSource> {
    private static final List<String> ATTRIBUTE_NAMES = List.of("table", "batch_size", "columns");

    @Override
    public String kind() {
        return "csv";
    }

    @Override
    public CsvTestSource newDriver() {
        return new CsvTestSource();
    }

    @Override
    public List<String> attributeNames() {
        return ATTRIBUTE_NAMES;
    }

    @Override
    public boolean hasAttributes(CsvTestSource driver) {
        return true;
    }

    @Override
    public void writeAttributes(CsvTestSource driver, JsonGenerator generator) throws IOException {
        if (driver.table != null) {
            generator.writeFieldName("table");
            JsonValues.writeString(generator, driver.table);
        }
        generator.writeFieldName("batch_size");
        JsonValues.writeInt(generator, driver.batchSize);
        if (driver.columns != null) {
            generator.writeFieldName("columns");
            JsonValues.writeList(generator, driver.columns, JsonValues.STRING);
        }
    }

    @Override
    public boolean readAttribute(CsvTestSource driver, String key, JsonParser parser) throws IOException {
        switch (key) {
            case "table":
                if (!JsonValues.isNull(parser)) {
                    driver.table = JsonValues.readString(parser);
                }
                return true;
            case "batch_size":
                driver.batchSize = JsonValues.readInt(parser);
                return true;
            case "columns":
                if (!JsonValues.isNull(parser)) {
                    driver.columns = JsonValues.readList(parser, JsonValues.STRING);
                }
                return true;
            default:
                return false;
        }
    }
}
