package com.acme;

import dev.driverkit.Engine;
import dev.driverkit.OnlineSource;
import dev.driverkit.SourceDriver;
import dev.driverkit.Spec;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.NuclioFunction;
import dev.driverkit.engine.StepRequest;
import java.util.Map;
import java.util.concurrent.Flow;

/** The change stream of an xyz table; the spec's "path" is the database URL. */
@SourceDriver(kind = "xyzStream", supports = {Engine.STOREY})
public class XyzStreamSource extends OnlineSource {
    /** The table whose changes are streamed. */
    @Spec String table;
    /** The consumer group that shares the stream between the function's replicas. */
    @Spec String consumerGroup = "serving";

    public XyzStreamSource() {}

    /** Serving: nuclio calls the serving function for each change of the table. */
    public void addNuclioTrigger(NuclioFunction function) {
        function.addTrigger("xyz-" + table, Map.of("kind", "xyz-changes",
                "attributes", Map.of("url", getPath(), "table", table, "consumerGroup", consumerGroup)));
    }

    /** STOREY: the changes as a stream of events, keyed by the key field. */
    public Flow.Publisher<Event> toStep(StepRequest request) {
        String keyField = request.keyField() != null ? request.keyField() : getKeyField();
        String timeField = request.timeField() != null ? request.timeField() : getTimeField();
        return XyzClient.connect(getPath()).events(table + ".changes", 1, keyField, timeField);
    }
}
