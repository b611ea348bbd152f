package dev.driverkit.examples.parquet;

import dev.driverkit.engine.Event;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * A publisher of a fixed list of events, emitted on the requesting thread, that ends with
 * {@code onComplete} or, when given a failure, with {@code onError}.
 */
final class ListPublisher implements Flow.Publisher<Event> {
    private final List<Event> events;
    private final Throwable failure;

    ListPublisher(List<Event> events) {
        this(events, null);
    }

    ListPublisher(List<Event> events, Throwable failure) {
        this.events = List.copyOf(events);
        this.failure = failure;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super Event> subscriber) {
        subscriber.onSubscribe(new Flow.Subscription() {
            private int next;
            private boolean done;
            private boolean emitting;
            private long demand;

            @Override
            public void request(long n) {
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
                if (emitting) {
                    return;
                }
                emitting = true;
                while (!done && demand > 0 && next < events.size()) {
                    demand--;
                    subscriber.onNext(events.get(next++));
                }
                if (!done && next == events.size()) {
                    done = true;
                    if (failure == null) {
                        subscriber.onComplete();
                    } else {
                        subscriber.onError(failure);
                    }
                }
                emitting = false;
            }

            @Override
            public void cancel() {
                done = true;
            }
        });
    }
}
