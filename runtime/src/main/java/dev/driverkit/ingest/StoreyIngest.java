package dev.driverkit.ingest;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.BaseStoreTarget;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.Roles;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.engine.WriteResult;
import dev.driverkit.engine.WriterStepRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The STOREY engine's ingest: the source's event stream fanned out to every target's writer. */
final class StoreyIngest {
    List<TargetResult> run(Ingest.Plan plan) {
        long started = System.nanoTime();
        BaseSourceDriver source = plan.source();
        WriterStepRequest writerStep = new WriterStepRequest(null, List.of(), plan.write().keyColumns(),
                plan.write().timestampKey());
        List<Flow.Subscriber<Event>> writers = new ArrayList<>();
        for (BaseStoreTarget target : plan.targets()) {
            writers.add(Roles.storey(target).addWriterStep(writerStep));
        }
        FanOut fanOut = new FanOut(writers, plan.maxEvents(), plan.progress());
        List<CompletableFuture<WriteResult>> completions = fanOut.completions();
        Duration[] done = new Duration[completions.size()];
        for (int i = 0; i < completions.size(); i++) {
            int index = i;
            completions.get(i).whenComplete((result, error) -> done[index] = Duration.ofNanos(System.nanoTime() - started));
        }
        Roles.storey(source).toStep(new StepRequest(source.getKeyField(), source.getTimeField(), Map.of()))
                .subscribe(fanOut);
        await(CompletableFuture.allOf(completions.toArray(new CompletableFuture<?>[0])), plan, fanOut);
        List<TargetResult> results = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int i = 0; i < completions.size(); i++) {
            BaseStoreTarget target = plan.targets().get(i);
            try {
                WriteResult written = completions.get(i).join();
                results.add(new TargetResult(target.kind(), target.getName(), written.rows(), written.files(), done[i]));
                failures.add(null);
            } catch (CompletionException e) {
                failures.add(e.getCause() != null ? e.getCause() : e);
            }
        }
        Throwable cause = cause(fanOut, failures);
        if (cause != null) {
            throw new IngestException("STOREY ingest from '" + source.kind() + "' failed after " + fanOut.delivered()
                    + " events: " + cause.getMessage(), cause);
        }
        return results;
    }

    /**
     * Why the run failed: the failure of the writer that stopped it (its own cause, not the reason the
     * fan-out gave the others), else the source's, else the first writer's; null when all went well.
     */
    private static Throwable cause(FanOut fanOut, List<Throwable> failures) {
        int origin = fanOut.origin();
        if (origin >= 0) {
            return failures.get(origin) != null ? failures.get(origin) : fanOut.failure();
        }
        if (fanOut.failure() != null) {
            return fanOut.failure();
        }
        return failures.stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static void await(CompletableFuture<Void> all, Ingest.Plan plan, FanOut fanOut) {
        try {
            if (plan.timeout() == null) {
                all.get();
            } else {
                all.get(plan.timeout().toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ExecutionException e) {
            // reported per target by the caller
        } catch (TimeoutException e) {
            IngestException timedOut = new IngestException("STOREY ingest from '" + plan.source().kind()
                    + "' did not end within " + plan.timeout() + " (" + fanOut.delivered() + " events so far); it was"
                    + " stopped", null);
            fanOut.stop(timedOut);
            try { // the writers were told; give them a moment to release what they hold
                all.get(10, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException stillRunning) {
                // reported as the timeout
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            throw timedOut;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fanOut.stop(new IngestException("interrupted", e));
            throw new IngestException("STOREY ingest interrupted", e);
        }
    }
}
