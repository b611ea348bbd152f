package dev.driverkit.testdrivers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.driverkit.spec.SpecCodec;
import java.util.List;

/** A codec whose static initializer fails. */
public final class BrokenCodecSource_SpecCodec implements SpecCodec<BrokenCodecSource> {
    private static final List<String> ATTRIBUTE_NAMES = names();

    private static List<String> names() {
        throw new UnsupportedOperationException("codec of another driverkit version");
    }

    @Override
    public String kind() {
        return "brokencodec";
    }

    @Override
    public BrokenCodecSource newDriver() {
        return new BrokenCodecSource();
    }

    @Override
    public List<String> attributeNames() {
        return ATTRIBUTE_NAMES;
    }

    @Override
    public boolean hasAttributes(BrokenCodecSource driver) {
        return false;
    }

    @Override
    public void writeAttributes(BrokenCodecSource driver, JsonGenerator generator) {}

    @Override
    public boolean readAttribute(BrokenCodecSource driver, String key, JsonParser parser) {
        return false;
    }
}
