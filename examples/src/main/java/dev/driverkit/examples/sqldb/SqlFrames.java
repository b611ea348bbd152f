package dev.driverkit.examples.sqldb;

import dev.driverkit.engine.ReadRequest;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dflib.DataFrame;
import org.dflib.builder.DataFrameArrayAppender;

/**
 * The PANDAS engine of {@link SqlSource}: the rows of a {@link SqlCursor} as DFLib frames of at most
 * {@code chunksize} rows (one frame without it), like pandas' {@code read_sql(..., chunksize=n)}.
 */
final class SqlFrames {
    private SqlFrames() {}

    static Stream<DataFrame> read(SqlSource source, ReadRequest request) {
        SqlCursor cursor = SqlCursor.open(source, source.selection(request));
        int chunk = source.isIterator() ? source.getChunksize() : Integer.MAX_VALUE;
        Spliterator<DataFrame> chunks = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            private boolean first = true;

            @Override
            public boolean tryAdvance(Consumer<? super DataFrame> action) {
                if (cursor.isClosed() && !first) {
                    return false;
                }
                DataFrame frame;
                try {
                    frame = nextChunk(cursor, chunk);
                } catch (RuntimeException e) {
                    cursor.close();
                    throw e;
                }
                if (frame.height() == 0 && !first) {
                    return false;
                }
                first = false;
                action.accept(frame);
                return true;
            }
        };
        return StreamSupport.stream(chunks, false).onClose(cursor::close);
    }

    /** Up to {@code size} rows; fewer (and the cursor closed) at the end. */
    private static DataFrame nextChunk(SqlCursor cursor, int size) {
        DataFrameArrayAppender appender = DataFrame.byArrayRow(cursor.columns().toArray(String[]::new)).appender();
        for (int n = 0; n < size; n++) {
            Object[] row = cursor.next();
            if (row == null) {
                break;
            }
            appender.append(row);
        }
        return appender.toDataFrame();
    }
}
