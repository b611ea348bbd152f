package dev.driverkit.bench.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driverkit.BaseSourceDriver;
import dev.driverkit.registry.DriverRegistry;
import dev.driverkit.spec.SourceSpecs;
import dev.driverkit.spec.SpecCodec;
import dev.driverkit.spec.SpecCodecs;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measure 4, steady spec JSON: reading and writing {@link SpecSample#JSON} (15 attributes of mixed types
 * plus the common fields) with driverkit's generated codec, Jackson databind and a hand-written streaming
 * version. {@code read}/{@code write} go through the public API ({@link DriverRegistry#readSource},
 * {@link DriverRegistry#writeSpec}); {@code readCodecOnly} calls the generated codec through
 * {@link SourceSpecs#JSON} with the codec already in hand, to separate the registry's share of a read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SpecBenchmarks {
    private String json;
    private DriverRegistry registry;
    private SpecCodec<BenchSource> codec;
    private ObjectMapper mapper;
    private BenchSource driver;
    private SpecPojo pojo;

    @Setup
    public void setUp() {
        json = SpecSample.JSON;
        registry = DriverRegistry.load();
        mapper = Databind.mapper();
        driver = (BenchSource) registry.readSource(json);
        codec = SpecCodecs.forDriver(driver);
        pojo = Databind.read(mapper, json);
        // every variant must write what it read, or the comparison means nothing
        JsonNode expected = tree(json);
        check("generated", registry.writeSpec(driver), expected);
        check("generated codec", registry.writeSpec(SourceSpecs.JSON.read(json, codec.newDriver(), codec, false)), expected);
        check("databind", Databind.write(mapper, pojo), expected);
        check("hand-written", HandWritten.write(HandWritten.read(json)), expected);
    }

    private JsonNode tree(String text) {
        try {
            return mapper.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void check(String variant, String written, JsonNode expected) {
        if (!tree(written).equals(expected)) {
            throw new IllegalStateException(variant + " wrote " + written + "\n  expected " + expected);
        }
    }

    @Benchmark
    public BaseSourceDriver readGenerated() {
        return registry.readSource(json);
    }

    @Benchmark
    public BenchSource readGeneratedCodecOnly() {
        return SourceSpecs.JSON.read(json, codec.newDriver(), codec, false);
    }

    @Benchmark
    public SpecPojo readDatabind() {
        return Databind.read(mapper, json);
    }

    @Benchmark
    public BenchSource readHandWritten() {
        return HandWritten.read(json);
    }

    @Benchmark
    public String writeGenerated() {
        return registry.writeSpec(driver);
    }

    @Benchmark
    public String writeDatabind() {
        return Databind.write(mapper, pojo);
    }

    @Benchmark
    public String writeHandWritten() {
        return HandWritten.write(driver);
    }
}
