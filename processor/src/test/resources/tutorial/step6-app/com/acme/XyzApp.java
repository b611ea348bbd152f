package com.acme;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.BaseStoreTarget;
import dev.driverkit.engine.EngineNotSupportedException;
import dev.driverkit.engine.Roles;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.FeatureTable;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.engine.WriterStepRequest;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverRegistry;
import dev.driverkit.registry.QueryMode;
import dev.driverkit.spec.SpecException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dflib.DataFrame;

/** Uses the tutorial's drivers as an application or an engine does: by kind, through the registry. */
public final class XyzApp {
    private XyzApp() {}

    public static void main(String[] args) {
        XyzClient db = XyzClient.connect("jdbc:xyz://db.acme.com/sales");
        db.insert("customers", "customer_id", 7, "country", "NL", "orders", 3);
        db.insert("customers", "customer_id", 8, "country", "BE", "orders", 1);
        db.insert("customers", "customer_id", 9, "country", "NL", "orders", 12);

        DriverRegistry registry = DriverRegistry.load();
        for (DriverInfo info : registry.sources()) {
            System.out.println("source " + info.kind() + " " + info.engines() + " " + info.flags());
        }
        for (DriverInfo info : registry.targets()) {
            System.out.println("target " + info.kind() + " " + info.engines() + " " + info.flags());
        }

        // a spec as MLRun writes it: "kind" picks the driver
        BaseSourceDriver customers = registry.readSource("""
                {"kind": "xyz", "name": "customers", "path": "jdbc:xyz://db.acme.com/sales",
                 "attributes": {"table": "customers", "batch_size": 2},
                 "key_field": "customer_id", "start_time": "2024-01-01T00:00:00.000Z"}""");
        System.out.println(registry.writeSpec(customers));

        // PANDAS: the source is declared iterator = true, so its frames come in chunks
        try (Stream<DataFrame> chunks = Roles.pandasChunked(customers).toDataframe(ReadRequest.all())) {
            chunks.forEach(chunk -> System.out.println("a frame of " + chunk.height() + " row(s)"));
        }

        // STOREY: the source's events, written to the online target
        BaseStoreTarget latest = registry.readTarget("""
                {"kind": "xyzkv", "name": "latest", "path": "jdbc:xyz://db.acme.com/sales",
                 "attributes": {"table": "customer_features"}}""");
        Flow.Subscriber<Event> writer = Roles.storey(latest)
                .addWriterStep(new WriterStepRequest(null, List.of(), List.of("customer_id"), null));
        Roles.storey(customers).toStep(StepRequest.fromSpec()).subscribe(writer);

        // a feature-vector query: which targets can serve one, then a lookup by entity key
        System.out.println("online query: " + registry.targetsServing(QueryMode.ONLINE).stream()
                .map(DriverInfo::kind).toList());
        try (FeatureTable table = Roles.onlineQuery(latest).getTableObject()) {
            System.out.println(table.lookup(Map.of("customer_id", 7)).orElseThrow());
        }

        // what goes wrong, and how it is reported
        try {
            registry.readSource("{\"kind\": \"xyz\", \"attributes\": {\"tabel\": \"customers\"}}");
        } catch (SpecException e) {
            System.out.println(e.getMessage());
        }
        try {
            registry.readSource("{\"kind\": \"xyzstream\"}");
        } catch (SpecException e) {
            System.out.println(e.getMessage());
        }
        try {
            Roles.pandas(registry.newSource("xyzStream"));
        } catch (EngineNotSupportedException e) {
            System.out.println(e.getMessage());
        }

        // lenient reading keeps attributes this driver does not know, and writes them back
        BaseSourceDriver tolerant = registry.lenient()
                .readSource("{\"kind\": \"xyz\", \"attributes\": {\"table\": \"customers\", \"owner\": \"bi\"}}");
        System.out.println(registry.writeSpec(tolerant));
    }

    /** SPARK: a Spark job reads any source the same way, whatever its kind (not run here: it needs a session). */
    static Dataset<Row> lastQuarter(SparkSession session, BaseSourceDriver source) {
        ReadRequest request = ReadRequest.all()
                .withTimeRange(LocalDateTime.of(2024, 1, 1, 0, 0), LocalDateTime.of(2024, 4, 1, 0, 0));
        return Roles.spark(source).toSparkDf(session, request);
    }
}
