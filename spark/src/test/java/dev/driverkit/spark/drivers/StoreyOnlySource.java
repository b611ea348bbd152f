package dev.driverkit.spark.drivers;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.Engine;
import dev.driverkit.SourceDriver;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.StepRequest;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;

/** A source that runs on STOREY alone: the data source must refuse it, naming that engine. */
@SourceDriver(kind = "storeyonly", supports = Engine.STOREY)
public class StoreyOnlySource extends BaseSourceDriver {
    public StoreyOnlySource() {}

    public Flow.Publisher<Event> toStep(StepRequest request) {
        SubmissionPublisher<Event> publisher = new SubmissionPublisher<>();
        publisher.close();
        return publisher;
    }
}
