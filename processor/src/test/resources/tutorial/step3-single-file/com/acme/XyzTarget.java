package com.acme;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.Engine;
import dev.driverkit.Spec;
import dev.driverkit.TargetDriver;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.WriterStepRequest;
import java.util.List;
import java.util.concurrent.Flow;

/** Writes feature rows to a table of an xyz database; the spec's "path" is the database URL. */
@TargetDriver(kind = "xyz", supports = {Engine.STOREY})
public class XyzTarget extends BaseStoreTarget {
    /** The table written to. */
    @Spec String table;

    public XyzTarget() {}

    /** STOREY: appends each event of the stream to the table. */
    public Flow.Subscriber<Event> addWriterStep(WriterStepRequest request) {
        return XyzClient.connect(getPath()).writer(table, List.of());
    }
}
