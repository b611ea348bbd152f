package dev.driverkit.testdrivers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import dev.driverkit.spec.SpecCodec;
import java.util.List;

/** Hand-written codec of a driver without {@code @Spec} fields. */
public final class HttpTestSource_SpecCodec implements SpecCodec<HttpTestSource> {
    @Override
    public String kind() {
        return "http";
    }

    @Override
    public HttpTestSource newDriver() {
        return new HttpTestSource();
    }

    @Override
    public List<String> attributeNames() {
        return List.of();
    }

    @Override
    public boolean hasAttributes(HttpTestSource driver) {
        return false;
    }

    @Override
    public void writeAttributes(HttpTestSource driver, JsonGenerator generator) {}

    @Override
    public boolean readAttribute(HttpTestSource driver, String key, JsonParser parser) {
        return false;
    }
}
