package dev.driverkit.examples.support;

import java.util.concurrent.Flow;
import org.reactivestreams.tck.flow.FlowPublisherVerification;

/**
 * Reactive Streams' TCK on the publisher that the csv and sqldb sources share, over a reader of counted
 * numbers. Unlike a file or a table it can be as long as the TCK asks ({@code Long.MAX_VALUE}: endless),
 * so the rules that need 2^31 elements (3.17) run here too.
 */
public class PullPublisherTckTest extends FlowPublisherVerification<Long> {
    public PullPublisherTckTest() {
        super(Tck.environment());
    }

    @Override
    public Flow.Publisher<Long> createFlowPublisher(long elements) {
        return new PullPublisher<>() {
            @Override
            protected Reader<Long> open() {
                return new Reader<>() {
                    private long next;

                    @Override
                    public Long next() {
                        return next < elements ? next++ : null;
                    }

                    @Override
                    public void close() {}
                };
            }
        };
    }

    @Override
    public Flow.Publisher<Long> createFailedFlowPublisher() {
        return null; // Tck.NO_FAILED_PUBLISHER
    }
}
