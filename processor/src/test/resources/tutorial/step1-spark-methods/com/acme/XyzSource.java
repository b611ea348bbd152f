package com.acme;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.Engine;
import dev.driverkit.SourceDriver;
import dev.driverkit.Spec;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.StepRequest;
import java.util.concurrent.Flow;

/** Reads a table of an xyz database; the spec's "path" is the database URL. */
@SourceDriver(kind = "xyz", supports = {Engine.STOREY, Engine.SPARK})
public class XyzSource extends BaseSourceDriver {
    /** The table to read. */
    @Spec String table;
    /** Rows fetched per round trip. */
    @Spec int batchSize = 1000;

    public XyzSource() {}

    /** STOREY: the table's rows as a stream of events. */
    public Flow.Publisher<Event> toStep(StepRequest request) {
        String keyField = request.keyField() != null ? request.keyField() : getKeyField();
        String timeField = request.timeField() != null ? request.timeField() : getTimeField();
        return XyzClient.connect(getPath()).events(table, batchSize, keyField, timeField);
    }
}
