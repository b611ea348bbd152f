package dev.driverkit.testdrivers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.driverkit.spec.JsonValues;
import dev.driverkit.spec.SpecCodec;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Hand-written codec of {@link CountedSource} that counts its instances. */
public final class CountedSource_SpecCodec implements SpecCodec<CountedSource> {
    /** How many codecs have been made in this JVM. */
    public static final AtomicInteger INSTANCES = new AtomicInteger();

    public CountedSource_SpecCodec() {
        INSTANCES.incrementAndGet();
        Thread.yield(); // gives other threads the processor here, where a registry that made codecs twice would race
    }

    @Override
    public String kind() {
        return "counted";
    }

    @Override
    public CountedSource newDriver() {
        return new CountedSource();
    }

    @Override
    public List<String> attributeNames() {
        return List.of("label");
    }

    @Override
    public boolean hasAttributes(CountedSource driver) {
        return driver.label != null;
    }

    @Override
    public void writeAttributes(CountedSource driver, JsonGenerator generator) throws IOException {
        if (driver.label != null) {
            generator.writeFieldName("label");
            JsonValues.writeString(generator, driver.label);
        }
    }

    @Override
    public boolean readAttribute(CountedSource driver, String key, JsonParser parser) throws IOException {
        if (key.equals("label")) {
            if (!JsonValues.isNull(parser)) {
                driver.label = JsonValues.readString(parser);
            }
            return true;
        }
        return false;
    }
}
