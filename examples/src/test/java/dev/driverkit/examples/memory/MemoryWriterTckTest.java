package dev.driverkit.examples.memory;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.WriterStepRequest;
import dev.driverkit.examples.support.Tck;
import java.util.List;
import java.util.concurrent.Flow;
import org.reactivestreams.tck.flow.FlowSubscriberBlackboxVerification;

/** Reactive Streams' TCK (black box) on the memory target's STOREY writer. */
public class MemoryWriterTckTest extends FlowSubscriberBlackboxVerification<Event> {
    public MemoryWriterTckTest() {
        super(Tck.environment());
    }

    @Override
    public Flow.Subscriber<Event> createFlowSubscriber() {
        return new MemoryTarget().addWriterStep(new WriterStepRequest(null, List.of(), List.of("id"), null));
    }

    @Override
    public Event createElement(int element) {
        return Tck.event(element);
    }
}
