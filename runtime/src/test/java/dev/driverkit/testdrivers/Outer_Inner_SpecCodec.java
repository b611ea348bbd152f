package dev.driverkit.testdrivers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.driverkit.spec.SpecCodec;
import java.util.List;

/** Hand-written codec of the nested driver {@code Outer$Inner}. */
public final class Outer_Inner_SpecCodec implements SpecCodec<Outer.Inner> {
    @Override
    public String kind() {
        return "inner";
    }

    @Override
    public Outer.Inner newDriver() {
        return new Outer.Inner();
    }

    @Override
    public List<String> attributeNames() {
        return List.of();
    }

    @Override
    public boolean hasAttributes(Outer.Inner driver) {
        return false;
    }

    @Override
    public void writeAttributes(Outer.Inner driver, JsonGenerator generator) {}

    @Override
    public boolean readAttribute(Outer.Inner driver, String key, JsonParser parser) {
        return false;
    }
}
