package dev.driverkit.ingest;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.BaseStoreTarget;
import dev.driverkit.engine.PandasChunkedSource;
import dev.driverkit.engine.PandasTarget;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.Roles;
import dev.driverkit.engine.WriteRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dflib.DataFrame;

/** The PANDAS engine's ingest: local frames, one or chunked, into every target's frame write. */
final class PandasIngest {
    List<TargetResult> run(Ingest.Plan plan) {
        long started = System.nanoTime();
        BaseSourceDriver source = plan.source();
        ReadRequest read = ReadRequest.all().withTimeRange(source.getStartTime(), source.getEndTime());
        List<PandasTarget> targets = plan.targets().stream().map(Roles::pandas).toList();
        long[] rows = new long[targets.size()];
        Duration[] done = new Duration[targets.size()];
        try {
            if (Roles.of(source) instanceof PandasChunkedSource chunked) {
                writeChunks(chunked.toDataframe(read), plan, targets, rows);
            } else {
                DataFrame frame = Roles.pandas(source).toDataframe(read);
                plan.progress().accept(frame.height());
                for (int i = 0; i < targets.size(); i++) {
                    targets.get(i).writeDataframe(frame, plan.write());
                    rows[i] = frame.height();
                    done[i] = Duration.ofNanos(System.nanoTime() - started);
                }
            }
        } catch (RuntimeException e) {
            throw new IngestException("PANDAS ingest from '" + source.kind() + "' failed: " + e.getMessage(), e);
        }
        List<TargetResult> results = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            BaseStoreTarget target = plan.targets().get(i);
            results.add(new TargetResult(target.kind(), target.getName(), rows[i], 0,
                    done[i] != null ? done[i] : Duration.ofNanos(System.nanoTime() - started)));
        }
        return results;
    }

    /**
     * Chunk by chunk into the targets that append (the first chunk as requested, the rest appended);
     * a target that cannot append gets all chunks as one frame at the end, so it is written once.
     */
    private static void writeChunks(Stream<DataFrame> chunks, Ingest.Plan plan, List<PandasTarget> targets,
            long[] rows) {
        List<DataFrame> held = new ArrayList<>();
        boolean anyWholeFrame = false;
        boolean first = true;
        long read = 0;
        try (chunks) {
            for (Iterator<DataFrame> it = chunks.iterator(); it.hasNext(); ) {
                DataFrame chunk = it.next();
                read += chunk.height();
                plan.progress().accept(read);
                WriteRequest write = first ? plan.write()
                        : new WriteRequest(plan.write().keyColumns(), plan.write().timestampKey(), false);
                for (int i = 0; i < targets.size(); i++) {
                    if (plan.appends(i)) {
                        targets.get(i).writeDataframe(chunk, write);
                        rows[i] += chunk.height();
                    } else {
                        anyWholeFrame = true;
                    }
                }
                if (anyWholeFrame) {
                    held.add(chunk);
                }
                first = false;
            }
        }
        if (anyWholeFrame) {
            DataFrame whole = held.isEmpty() ? DataFrame.empty() : held.get(0).vConcat(held.subList(1, held.size())
                    .toArray(new DataFrame[0]));
            for (int i = 0; i < targets.size(); i++) {
                if (!plan.appends(i)) {
                    targets.get(i).writeDataframe(whole, plan.write());
                    rows[i] = whole.height();
                }
            }
        }
    }
}
