package dev.driverkit.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.driverkit.BaseStoreTarget;
import dev.driverkit.OnlineSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The common fields' plain read and write code agrees with their declared keys and order. */
class CommonFieldsTest {
    private static final LocalDateTime TIME = LocalDateTime.of(2024, 1, 2, 3, 4, 5);

    /** A codec without attributes, so that only the common fields are written. */
    private static final class NoAttributes<D> implements SpecCodec<D> {
        private final D driver;

        NoAttributes(D driver) {
            this.driver = driver;
        }

        @Override
        public String kind() {
            return "k";
        }

        @Override
        public D newDriver() {
            return driver;
        }

        @Override
        public List<String> attributeNames() {
            return List.of();
        }

        @Override
        public boolean hasAttributes(D ignored) {
            return false;
        }

        @Override
        public void writeAttributes(D ignored, JsonGenerator generator) {}

        @Override
        public boolean readAttribute(D ignored, String key, JsonParser parser) {
            return false;
        }
    }

    private static final class Source extends OnlineSource {}

    private static final class Target extends BaseStoreTarget {}

    @Test
    void sourceWritesEveryFieldInDeclaredOrderAndReadsItBack() {
        Source source = new Source();
        source.setName("n");
        source.setPath("p");
        source.setKeyField("k");
        source.setTimeField("t");
        source.setSchedule("s");
        source.setWorkers(1);
        source.setMaxAge(2);
        source.setStartTime(TIME);
        source.setEndTime(TIME);
        source.setCredentialsPrefix("c");
        String json = SourceSpecs.JSON.write(source, new NoAttributes<>(source));
        assertEquals(expectedKeys(SourceSpecs.JSON), keys(json));
        Source again = new Source();
        String rewritten = SourceSpecs.JSON.write(
                SourceSpecs.JSON.read(json, again, new NoAttributes<>(again), false), new NoAttributes<>(again));
        assertEquals(json, rewritten);
    }

    @Test
    void targetWritesEveryFieldInDeclaredOrderAndReadsItBack() {
        Target target = new Target();
        target.setName("n");
        target.setPath("p");
        target.setAfterStep("a");
        target.setPartitioned(true);
        target.setKeyBucketingNumber(1);
        target.setPartitionCols(List.of("x"));
        target.setTimePartitioningGranularity("hour");
        target.setMaxEvents(2);
        target.setFlushAfterSeconds(3);
        target.setStorageOptions(Map.of("o", 1L));
        target.setRunId("r");
        target.setSchema(Map.of("s", "t"));
        target.setCredentialsPrefix("c");
        target.setStatus("ready");
        target.setUpdated(TIME);
        target.setSize(4L);
        target.setLastWritten(TIME);
        target.setOnline(false);
        target.setStartTime(TIME);
        String json = TargetSpecs.JSON.write(target, new NoAttributes<>(target));
        assertEquals(expectedKeys(TargetSpecs.JSON), keys(json));
        Target again = new Target();
        String rewritten = TargetSpecs.JSON.write(
                TargetSpecs.JSON.read(json, again, new NoAttributes<>(again), false), new NoAttributes<>(again));
        assertEquals(json, rewritten);
    }

    private static List<String> expectedKeys(SpecJson<?> spec) {
        List<String> keys = new ArrayList<>();
        keys.add("kind");
        keys.addAll(spec.commonKeys());
        return keys;
    }

    private static List<String> keys(String json) {
        List<String> keys = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                keys.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
