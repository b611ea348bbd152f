package dev.driverkit.bench.spec;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.Engine;
import dev.driverkit.SourceDriver;
import dev.driverkit.Spec;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.StepRequest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Flow;

/**
 * The spec of the spec benchmarks: a driver with 15 {@code @Spec} fields of mixed types, compiled with
 * driverkit's processor (its codec {@code BenchSource_SpecCodec} and registry entry are generated).
 */
@SourceDriver(kind = "bench", supports = Engine.STOREY)
public class BenchSource extends BaseSourceDriver {
    /** An enum-valued setting. */
    public enum Compression { NONE, GZIP, ZSTD }

    @Spec String table;
    @Spec int batchSize = 1000;
    @Spec long maxBytes;
    @Spec double sampleRatio = 1.0;
    @Spec boolean compact;
    @Spec Boolean verify;
    @Spec Integer retries;
    @Spec Character quote;
    @Spec Compression compression;
    @Spec Duration pollTimeout;
    @Spec LocalDateTime since;
    @Spec List<String> columns;
    @Spec Set<String> tags;
    @Spec Map<String, String> options;
    @Spec Map<String, Integer> weights;

    public BenchSource() {}

    public Flow.Publisher<Event> toStep(StepRequest request) {
        throw new UnsupportedOperationException("the bench source only exists for its spec");
    }
}
