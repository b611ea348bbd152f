package dev.driverkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The generated files of a representative driver, compared as exact strings with the files under
 * src/test/resources/golden. To accept a deliberate change, run the tests with
 * {@code -Ddriverkit.golden.update=true} and review the diff.
 */
class GoldenFilesTest {
    private static final JavaFileObject KAFKA = JavaFileObjects.forSourceString("com.acme.KafkaSource", """
            package com.acme;

            import dev.driverkit.Engine;
            import dev.driverkit.OnlineSource;
            import dev.driverkit.SourceDriver;
            import dev.driverkit.Spec;
            import dev.driverkit.engine.Event;
            import dev.driverkit.engine.NuclioFunction;
            import dev.driverkit.engine.StepRequest;
            import java.time.Duration;
            import java.util.List;
            import java.util.Map;
            import java.util.concurrent.Flow;

            @SourceDriver(kind = "kafka", supports = {Engine.STOREY})
            public class KafkaSource extends OnlineSource {
                public enum InitialOffset { earliest, latest }

                /** The Kafka bootstrap servers, as host:port. */
                @Spec List<String> brokers;
                @Spec List<String> topics;
                @Spec String group = "serving";
                @Spec InitialOffset initialOffset = InitialOffset.earliest;
                @Spec int partitions;
                @Spec Duration pollTimeout;
                @Spec(secretKeys = "password") Map<String, String> saslOptions;
                /** Read from specs, never written back. */
                @Spec(secret = true) String accessKey;
                @Spec(name = "max_workers", aliases = "workers_max") Integer maxWorkers;

                public NuclioFunction addNuclioTrigger(NuclioFunction function) {
                    return function;
                }

                public Flow.Publisher<Event> toStep(StepRequest request) {
                    return null;
                }
            }
            """);

    private static final JavaFileObject PARQUET = JavaFileObjects.forSourceString("com.acme.ParquetTarget", """
            package com.acme;

            import dev.driverkit.BaseStoreTarget;
            import dev.driverkit.Engine;
            import dev.driverkit.Spec;
            import dev.driverkit.TargetDriver;
            import dev.driverkit.engine.Event;
            import dev.driverkit.engine.ReadRequest;
            import dev.driverkit.engine.WriteRequest;
            import dev.driverkit.engine.WriterStepRequest;
            import java.util.Map;
            import java.util.concurrent.Flow;
            import org.apache.spark.sql.Dataset;
            import org.apache.spark.sql.Row;

            @TargetDriver(kind = "parquet", supports = {Engine.SPARK, Engine.STOREY}, offline = true, append = true,
                    queryable = true)
            public class ParquetTarget extends BaseStoreTarget {
                @Spec String compression = "snappy";
                @Spec long rowGroupSize;

                public boolean isSingleFile() {
                    return getPath() != null && getPath().endsWith(".parquet");
                }

                public Flow.Subscriber<Event> addWriterStep(WriterStepRequest request) {
                    return null;
                }

                public Map<String, String> getSparkOptions(WriteRequest request) {
                    return Map.of("compression", compression);
                }

                public Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request) {
                    return df;
                }

                public org.dflib.DataFrame asDf(ReadRequest request) {
                    return null;
                }
            }
            """);

    @Test
    void parquetTargetCodecAndEntry() throws IOException {
        Compilation compilation = Drivers.compile(PARQUET);
        assertThat(compilation).succeededWithoutWarnings();
        assertGolden("ParquetTarget_SpecCodec.java.txt", compilation.generatedSourceFile("com.acme.ParquetTarget_SpecCodec")
                .orElseThrow().getCharContent(true).toString());
        assertGolden("parquet-target.properties.txt", new String(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "driverkit/registry/targets/parquet.properties").orElseThrow().openInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
    }

    @Test
    void kafkaSourceCodec() throws IOException {
        Compilation compilation = Drivers.compile(KAFKA);
        assertThat(compilation).succeededWithoutWarnings();
        String codec = compilation.generatedSourceFile("com.acme.KafkaSource_SpecCodec").orElseThrow()
                .getCharContent(true).toString();
        assertGolden("KafkaSource_SpecCodec.java.txt", codec);
    }

    @Test
    void kafkaSourceRegistryEntry() throws IOException {
        Compilation compilation = Drivers.compile(KAFKA);
        String entry = new String(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "driverkit/registry/sources/kafka.properties").orElseThrow().openInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertGolden("kafka.properties.txt", entry);
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = Path.of(System.getProperty("driverkit.golden.dir", "src/test/resources/golden"), name);
        if (Boolean.getBoolean("driverkit.golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                "generated " + name + " differs from " + golden + " (rerun with -Ddriverkit.golden.update=true to accept)");
    }
}
