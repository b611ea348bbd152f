package dev.driverkit.testdrivers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.driverkit.spec.SpecCodec;
import java.util.List;

/** Hand-written codec of {@link FailingConstructorSource}. */
public final class FailingConstructorSource_SpecCodec implements SpecCodec<FailingConstructorSource> {
    @Override
    public String kind() {
        return "failingctor";
    }

    @Override
    public FailingConstructorSource newDriver() {
        return new FailingConstructorSource();
    }

    @Override
    public List<String> attributeNames() {
        return List.of();
    }

    @Override
    public boolean hasAttributes(FailingConstructorSource driver) {
        return false;
    }

    @Override
    public void writeAttributes(FailingConstructorSource driver, JsonGenerator generator) {}

    @Override
    public boolean readAttribute(FailingConstructorSource driver, String key, JsonParser parser) {
        return false;
    }
}
