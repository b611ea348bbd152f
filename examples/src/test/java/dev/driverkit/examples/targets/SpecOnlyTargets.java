package dev.driverkit.examples.targets;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.Engine;
import dev.driverkit.TargetDriver;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.FeatureTable;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.engine.WriterStepRequest;
import java.util.Map;
import java.util.concurrent.Flow;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Targets with MLRun's kinds and flags (shared/mlrun-model.md), for spec round trips only: the spec
 * JSON of a target does not depend on what its engine methods do, so these refuse to move data. (The
 * parquet target is the real {@link dev.driverkit.examples.parquet.ParquetTarget}.)
 */
final class SpecOnlyTargets {
    private SpecOnlyTargets() {}

    static UnsupportedOperationException specOnly() {
        return new UnsupportedOperationException("a spec-only test target: it moves no data");
    }

    /** MLRun's nosql target: an online key-value table, SPARK + STOREY, append. */
    @TargetDriver(kind = "nosql", supports = {Engine.SPARK, Engine.STOREY}, offline = false, online = true,
            table = true, append = true, queryable = true)
    public static class Nosql extends BaseStoreTarget {
        public Flow.Subscriber<Event> addWriterStep(WriterStepRequest request) {
            throw specOnly();
        }

        public Map<String, String> getSparkOptions(WriteRequest request) {
            throw specOnly();
        }

        public Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request) {
            throw specOnly();
        }

        public FeatureTable getTableObject() {
            throw specOnly();
        }
    }
}
