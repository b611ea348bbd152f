package dev.driverkit.engine;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A STOREY writer that tells when what it wrote is durable: {@link #completion()} completes after the
 * stream has completed and the last events are flushed (files closed, producer flushed), or
 * exceptionally with the write's failure. Return one from {@code addWriterStep}; a plain
 * {@code Flow.Subscriber} stays valid.
 */
public interface StoreyWriter extends Flow.Subscriber<Event> {
    CompletionStage<WriteResult> completion();
}
