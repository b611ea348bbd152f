package dev.driverkit.testdrivers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.driverkit.spec.SpecCodec;
import java.util.List;

/** Hand-written codec of {@link GhostSource}; a test loads it where {@code GhostSource} is missing. */
public final class GhostSource_SpecCodec implements SpecCodec<GhostSource> {
    @Override
    public String kind() {
        return "ghost";
    }

    @Override
    public GhostSource newDriver() {
        return new GhostSource();
    }

    @Override
    public List<String> attributeNames() {
        return List.of();
    }

    @Override
    public boolean hasAttributes(GhostSource driver) {
        return false;
    }

    @Override
    public void writeAttributes(GhostSource driver, JsonGenerator generator) {}

    @Override
    public boolean readAttribute(GhostSource driver, String key, JsonParser parser) {
        return false;
    }
}
