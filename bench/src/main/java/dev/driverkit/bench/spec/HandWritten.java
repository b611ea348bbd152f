package dev.driverkit.bench.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * The hand-written baseline: what a careful developer writes for {@link BenchSource}'s spec with
 * Jackson's streaming {@link JsonParser} and {@link JsonGenerator}, with no framework around it. It reads
 * into the same driver class the generated codec reads into and writes the same JSON.
 */
public final class HandWritten {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private HandWritten() {}

    public static BenchSource read(String json) {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a spec is a JSON object");
            }
            BenchSource d = new BenchSource();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                switch (key) {
                    case "kind" -> {
                        if (!"bench".equals(p.getText())) {
                            throw new IOException("not a bench spec: " + p.getText());
                        }
                    }
                    case "name" -> d.setName(string(p));
                    case "path" -> d.setPath(string(p));
                    case "key_field" -> d.setKeyField(string(p));
                    case "time_field" -> d.setTimeField(string(p));
                    case "schedule" -> d.setSchedule(string(p));
                    case "online" -> p.skipChildren();
                    case "workers" -> d.setWorkers(nullableInt(p));
                    case "max_age" -> d.setMaxAge(nullableInt(p));
                    case "start_time" -> d.setStartTime(time(p));
                    case "end_time" -> d.setEndTime(time(p));
                    case "credentials_prefix" -> d.setCredentialsPrefix(string(p));
                    case "attributes" -> readAttributes(p, d);
                    default -> throw new IOException("unknown key " + key);
                }
            }
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readAttributes(JsonParser p, BenchSource d) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new IOException("attributes must be an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            switch (key) {
                case "table" -> d.table = string(p);
                case "batch_size" -> d.batchSize = p.getIntValue();
                case "max_bytes" -> d.maxBytes = p.getLongValue();
                case "sample_ratio" -> d.sampleRatio = p.getDoubleValue();
                case "compact" -> d.compact = p.getBooleanValue();
                case "verify" -> d.verify = p.currentToken() == JsonToken.VALUE_NULL ? null : p.getBooleanValue();
                case "retries" -> d.retries = nullableInt(p);
                case "quote" -> {
                    String text = string(p);
                    d.quote = text == null ? null : text.charAt(0);
                }
                case "compression" -> {
                    String text = string(p);
                    d.compression = text == null ? null : BenchSource.Compression.valueOf(text);
                }
                case "poll_timeout" -> {
                    String text = string(p);
                    d.pollTimeout = text == null ? null : Duration.parse(text);
                }
                case "since" -> d.since = time(p);
                case "columns" -> d.columns = strings(p, new ArrayList<>());
                case "tags" -> d.tags = strings(p, new LinkedHashSet<>());
                case "options" -> {
                    Map<String, String> map = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        map.put(name, string(p));
                    }
                    d.options = map;
                }
                case "weights" -> {
                    Map<String, Integer> map = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        p.nextToken();
                        map.put(name, nullableInt(p));
                    }
                    d.weights = map;
                }
                default -> throw new IOException("unknown attribute " + key);
            }
        }
    }

    private static String string(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getText();
    }

    private static Integer nullableInt(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : p.getIntValue();
    }

    private static LocalDateTime time(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : LocalDateTime.parse(p.getText());
    }

    private static <C extends java.util.Collection<String>> C strings(JsonParser p, C into) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException("expected an array");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            into.add(string(p));
        }
        return into;
    }

    public static String write(BenchSource d) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("kind", "bench");
            stringField(g, "name", d.getName());
            stringField(g, "path", d.getPath());
            g.writeObjectFieldStart("attributes");
            stringField(g, "table", d.table);
            g.writeNumberField("batch_size", d.batchSize);
            g.writeNumberField("max_bytes", d.maxBytes);
            g.writeNumberField("sample_ratio", d.sampleRatio);
            g.writeBooleanField("compact", d.compact);
            if (d.verify != null) {
                g.writeBooleanField("verify", d.verify);
            }
            if (d.retries != null) {
                g.writeNumberField("retries", d.retries);
            }
            if (d.quote != null) {
                g.writeStringField("quote", String.valueOf(d.quote));
            }
            if (d.compression != null) {
                g.writeStringField("compression", d.compression.name());
            }
            if (d.pollTimeout != null) {
                g.writeStringField("poll_timeout", d.pollTimeout.toString());
            }
            if (d.since != null) {
                g.writeStringField("since", TIME.format(d.since));
            }
            if (d.columns != null) {
                stringArray(g, "columns", d.columns);
            }
            if (d.tags != null) {
                stringArray(g, "tags", d.tags);
            }
            if (d.options != null) {
                g.writeObjectFieldStart("options");
                for (Map.Entry<String, String> e : d.options.entrySet()) {
                    stringField(g, e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            if (d.weights != null) {
                g.writeObjectFieldStart("weights");
                for (Map.Entry<String, Integer> e : d.weights.entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            stringField(g, "key_field", d.getKeyField());
            stringField(g, "time_field", d.getTimeField());
            stringField(g, "schedule", d.getSchedule());
            if (d.getWorkers() != null) {
                g.writeNumberField("workers", d.getWorkers());
            }
            if (d.getMaxAge() != null) {
                g.writeNumberField("max_age", d.getMaxAge());
            }
            if (d.getStartTime() != null) {
                g.writeStringField("start_time", TIME.format(d.getStartTime()));
            }
            if (d.getEndTime() != null) {
                g.writeStringField("end_time", TIME.format(d.getEndTime()));
            }
            stringField(g, "credentials_prefix", d.getCredentialsPrefix());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void stringField(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void stringArray(JsonGenerator g, String name, Iterable<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }
}
