package dev.driverkit.testdrivers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.driverkit.spec.SpecCodec;
import java.util.List;

/** Hand-written codec of {@link FailingInitSource}. */
public final class FailingInitSource_SpecCodec implements SpecCodec<FailingInitSource> {
    @Override
    public String kind() {
        return "failinginit";
    }

    @Override
    public FailingInitSource newDriver() {
        return new FailingInitSource();
    }

    @Override
    public List<String> attributeNames() {
        return List.of();
    }

    @Override
    public boolean hasAttributes(FailingInitSource driver) {
        return false;
    }

    @Override
    public void writeAttributes(FailingInitSource driver, JsonGenerator generator) {}

    @Override
    public boolean readAttribute(FailingInitSource driver, String key, JsonParser parser) {
        return false;
    }
}
