package dev.driverkit.examples.parquet;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.StoreyWriter;
import dev.driverkit.engine.WriteResult;
import dev.driverkit.engine.WriterStepRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The STOREY writer of a {@link ParquetTarget}: a {@link Flow.Subscriber} that collects events and
 * writes them as parquet files, through DuckDB (no Spark, no Hadoop), when {@code max_events} have
 * arrived, when the oldest pending event is {@code flush_after_seconds} old, and when the stream
 * completes. Each write (a "batch") is all or nothing: its files are written to a staging folder beside
 * the target and moved into place (one rename per file) only once all of them are complete. A single
 * file target ({@code .parquet}) is rewritten whole at each batch (old rows and new), then renamed over
 * the old file.
 *
 * <p>Columns: the request's key columns, timestamp key and features when it names features, else every
 * key of the events' bodies. Types come from the values: Boolean; Byte, Short, Integer, Long (the
 * largest in the batch; mixed with floating point values, double); Float, Double and BigDecimal as
 * double; String and Character; LocalDateTime (as UTC, MLRun's convention for naive times), Instant,
 * OffsetDateTime and ZonedDateTime as a UTC timestamp, which Spark reads as {@code TimestampType};
 * LocalDate; byte[]. A column's type is fixed by the first batch that has a value for it; a later value
 * that does not fit fails its batch, naming the column and the event. Partition values (time units from
 * the timestamp key, else the event time; then {@code partition_cols}) go into the folder names, not
 * the files, as Spark writes them.
 *
 * <p>Writes happen on the thread that delivers events (or on a timer thread for
 * {@code flush_after_seconds}): a publisher that waits for {@code onNext} gets backpressure for free.
 * A failed write cancels the subscription; {@link #completion()} reports it. If the upstream fails,
 * the events not yet written are dropped and the batches already written stay.
 */
public final class ParquetEventWriter implements StoreyWriter {

    private static final class Timer {
        static final ScheduledExecutorService SCHEDULER = scheduler();

        private static ScheduledExecutorService scheduler() {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "driverkit-parquet-flush");
                thread.setDaemon(true);
                return thread;
            });
            executor.setRemoveOnCancelPolicy(true);
            return executor;
        }
    }

    private final String what;
    private final Path output;
    private final boolean singleFile;
    private final ParquetLayout layout;
    private final List<String> requested;
    private final String timestampKey;
    private final int maxEvents;
    private final long flushAfterNanos;
    private final String compression;

    private final Object lock = new Object();
    private final List<Event> pending = new ArrayList<>();
    private final Map<String, ColumnType> types = new LinkedHashMap<>();
    private final CompletableFuture<WriteResult> completion = new CompletableFuture<>();
    private long firstPendingAt;
    private Flow.Subscription subscription;
    private ScheduledFuture<?> timer;
    private boolean finished;
    private long rows;
    private int files;

    ParquetEventWriter(ParquetTarget target, WriterStepRequest request) {
        this.what = target.describe() + " (STOREY)";
        this.output = ParquetFiles.local(what, target.getPath(), "on STOREY").toAbsolutePath();
        this.singleFile = target.isSingleFile();
        this.layout = ParquetLayout.of(target, true);
        this.compression = target.duckDbCompression();
        this.timestampKey = request.timestampKey();
        this.maxEvents = target.maxEvents();
        this.flushAfterNanos = TimeUnit.SECONDS.toNanos(target.flushAfterSeconds());
        if (request.features().isEmpty()) {
            this.requested = List.of();
        } else {
            Set<String> columns = new LinkedHashSet<>(request.keyColumns());
            if (timestampKey != null) {
                columns.add(timestampKey);
            }
            columns.addAll(request.features());
            this.requested = List.copyOf(columns);
        }
    }

    /**
     * Completes when the stream has completed and everything is written (rows and files; a rewritten single
     * file counts each time), or fails with the first failure.
     */
    @Override
    public CompletableFuture<WriteResult> completion() {
        return completion;
    }

    /** Waits for {@link #completion()}; a failure is rethrown as it happened (a RuntimeException). */
    public WriteResult await(Duration timeout) {
        try {
            return completion.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(what + " did not finish within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + what, e);
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        Objects.requireNonNull(newSubscription, "subscription");
        synchronized (lock) {
            if (subscription != null || finished) {
                newSubscription.cancel(); // Reactive Streams rule 2.5: one subscription at a time
                return;
            }
            subscription = newSubscription;
            if (flushAfterNanos > 0) {
                long period = Math.max(TimeUnit.NANOSECONDS.toMillis(flushAfterNanos) / 4, 50);
                timer = Timer.SCHEDULER.scheduleWithFixedDelay(this::flushIfOld, period, period, TimeUnit.MILLISECONDS);
            }
        }
        newSubscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(Event event) {
        Objects.requireNonNull(event, "event");
        synchronized (lock) {
            if (finished) {
                return;
            }
            try {
                if (pending.isEmpty()) {
                    firstPendingAt = System.nanoTime();
                }
                pending.add(event);
                if (pending.size() >= maxEvents) {
                    flush();
                }
            } catch (RuntimeException e) {
                fail(e);
            }
        }
    }

    @Override
    public void onError(Throwable failure) {
        Objects.requireNonNull(failure, "failure"); // Reactive Streams rule 2.13
        synchronized (lock) {
            if (finished) {
                return;
            }
            int dropped = pending.size();
            pending.clear();
            finish();
            completion.completeExceptionally(new IllegalStateException(what + ": the stream failed; " + dropped
                    + " events not yet written were dropped (the " + rows + " rows written before stay).", failure));
        }
    }

    @Override
    public void onComplete() {
        synchronized (lock) {
            if (finished) {
                return;
            }
            try {
                flush();
                finish();
                completion.complete(WriteResult.files(rows, files));
            } catch (RuntimeException e) {
                fail(e);
            }
        }
    }

    private void flushIfOld() {
        synchronized (lock) {
            if (finished || pending.isEmpty() || System.nanoTime() - firstPendingAt < flushAfterNanos) {
                return;
            }
            try {
                flush();
            } catch (RuntimeException e) {
                fail(e);
            }
        }
    }

    private void fail(RuntimeException failure) {
        pending.clear();
        Flow.Subscription current = subscription;
        finish();
        if (current != null) {
            current.cancel();
        }
        completion.completeExceptionally(failure);
    }

    private void finish() {
        finished = true;
        subscription = null;
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }

    // ---- writing a batch ----

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Event> batch = new ArrayList<>(pending);
        pending.clear();
        String id = UUID.randomUUID().toString();
        Path parent = output.getParent();
        Path staging = parent.resolve("." + output.getFileName() + ".staging-" + id);
        try {
            List<String> columns = columns(batch);
            Map<List<Object>, List<Event>> groups = new LinkedHashMap<>();
            for (Event event : batch) {
                groups.computeIfAbsent(partition(event), key -> new ArrayList<>()).add(event);
            }
            Files.createDirectories(parent);
            if (singleFile) {
                writeSingleFile(staging, columns, batch);
            } else {
                writeFolder(staging, columns, groups, id);
            }
            rows += batch.size();
        } catch (IOException | SQLException e) {
            throw new IllegalStateException(what + ": writing a batch of " + batch.size() + " events to " + output
                    + " failed; none of it was published. Cause: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(what + ": writing a batch of " + batch.size() + " events to " + output
                    + " failed; none of it was published. " + e.getMessage(), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private void writeFolder(Path staging, List<String> columns, Map<List<Object>, List<Event>> groups, String id)
            throws IOException, SQLException {
        List<String> dataColumns = columns.stream().filter(column -> !layout.columns().contains(column)).toList();
        List<Path> staged = new ArrayList<>();
        try (Connection connection = DuckDb.connect(what)) {
            int n = 0;
            for (Map.Entry<List<Object>, List<Event>> group : groups.entrySet()) {
                Path relative = folders(group.getKey()).resolve("part-" + id + "-" + n++ + ".parquet");
                Path file = staging.resolve(relative);
                Files.createDirectories(file.getParent());
                String table = load(connection, dataColumns, group.getValue());
                copy(connection, "SELECT * FROM " + table, file);
                drop(connection, table);
                staged.add(relative);
            }
        }
        for (Path relative : staged) {
            Path destination = output.resolve(relative);
            Files.createDirectories(destination.getParent());
            Files.move(staging.resolve(relative), destination, StandardCopyOption.ATOMIC_MOVE);
            files++;
        }
    }

    private void writeSingleFile(Path staging, List<String> columns, List<Event> batch) throws IOException, SQLException {
        Path file = staging.resolveSibling(staging.getFileName() + ".parquet");
        try (Connection connection = DuckDb.connect(what)) {
            String table = load(connection, columns, batch);
            String query = Files.isRegularFile(output)
                    ? "SELECT * FROM read_parquet(" + DuckDb.literal(output.toString()) + ") UNION ALL BY NAME SELECT * FROM " + table
                    : "SELECT * FROM " + table;
            copy(connection, query, file);
            drop(connection, table);
            Files.move(file, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            files++;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Creates a temporary table of the events' columns and inserts them; returns its name. */
    private String load(Connection connection, List<String> columns, List<Event> events) throws SQLException {
        String table = "batch_" + UUID.randomUUID().toString().replace("-", "");
        String definition = columns.stream()
                .map(column -> DuckDb.identifier(column) + " " + Objects.requireNonNullElse(types.get(column), ColumnType.VARCHAR).sql)
                .collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE " + table + " (" + definition + ")");
        }
        String insert = "INSERT INTO " + table + " VALUES (" + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            for (Event event : events) {
                for (int i = 0; i < columns.size(); i++) {
                    String column = columns.get(i);
                    Object value = event.body().get(column);
                    statement.setObject(i + 1, value == null ? null : types.get(column).bind(value, () -> describe(column, value, event)));
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
        return table;
    }

    private void copy(Connection connection, String query, Path file) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("COPY (" + query + ") TO " + DuckDb.literal(file.toString()) + " (FORMAT parquet, COMPRESSION "
                    + compression + ")");
        }
    }

    private static void drop(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE " + table);
        }
    }

    /** The batch's columns (the requested ones, else every body key), with their types settled. */
    private List<String> columns(List<Event> batch) {
        Set<String> columns = new LinkedHashSet<>();
        if (!requested.isEmpty()) {
            columns.addAll(requested);
        } else {
            columns.addAll(types.keySet());
            for (Event event : batch) {
                columns.addAll(event.body().keySet());
            }
        }
        for (String column : columns) {
            if (types.get(column) != null) {
                continue;
            }
            ColumnType type = null;
            for (Event event : batch) {
                Object value = event.body().get(column);
                if (value == null) {
                    continue;
                }
                ColumnType valueType = ColumnType.of(value);
                if (valueType == null) {
                    throw new IllegalArgumentException(describe(column, value, event) + ", a type the parquet"
                            + " target cannot write (it writes booleans, numbers, text, dates, date-times and bytes).");
                }
                ColumnType merged = type == null ? valueType : type.widen(valueType);
                if (merged == null) {
                    throw new IllegalArgumentException(what + ": column '" + column + "' mixes " + type.description
                            + " and " + valueType.description + " values (an event" + (event.key() == null ? ""
                            : " with key " + event.key()) + " has the " + value.getClass().getSimpleName() + " " + value + ").");
                }
                type = merged;
            }
            types.put(column, type); // null when every value so far is null: written as text until one is not
        }
        return List.copyOf(columns);
    }

    /** The partition values of an event: time units, then partition_cols (empty when not partitioned). */
    private List<Object> partition(Event event) {
        if (layout.isFlat()) {
            return List.of();
        }
        List<Object> values = new ArrayList<>();
        if (!layout.timeUnits().isEmpty()) {
            LocalDateTime time = eventTime(event);
            for (String unit : layout.timeUnits()) {
                values.add(ParquetLayout.timeUnit(unit, time));
            }
        }
        for (String column : layout.columns()) {
            values.add(event.body().get(column));
        }
        return values;
    }

    private LocalDateTime eventTime(Event event) {
        Object value = timestampKey == null ? null : event.body().get(timestampKey);
        if (value == null && event.time() != null) {
            return LocalDateTime.ofInstant(event.time(), ZoneOffset.UTC);
        }
        if (value == null) {
            throw new IllegalArgumentException(what + " is partitioned by time, but an event has no "
                    + (timestampKey == null ? "time" : "'" + timestampKey + "' value and no time") + ": " + event.body());
        }
        OffsetDateTime utc = ColumnType.utc(value);
        if (utc == null) {
            throw new IllegalArgumentException(describe(timestampKey, value, event) + ", not a date-time to partition by.");
        }
        return utc.toLocalDateTime();
    }

    private Path folders(List<Object> values) {
        Path relative = Path.of("");
        List<String> names = layout.partitionBy();
        for (int i = 0; i < values.size(); i++) {
            relative = relative.resolve(ParquetLayout.folder(names.get(i), values.get(i)));
        }
        return relative;
    }

    private String describe(String column, Object value, Event event) {
        ColumnType type = types.get(column);
        return what + ": column '" + column + "'" + (type == null ? ":" : " holds " + type.description + " values, but")
                + " an event" + (event.key() == null ? "" : " (key " + event.key() + ")") + " has the "
                + value.getClass().getSimpleName() + " " + value;
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the staging folder " + path, e);
        }
    }

    /** The parquet column types the writer uses, and how a Java value is bound to each. */
    enum ColumnType {
        BOOLEAN("BOOLEAN", "boolean"),
        TINYINT("TINYINT", "integer"),
        SMALLINT("SMALLINT", "integer"),
        INTEGER("INTEGER", "integer"),
        BIGINT("BIGINT", "integer"),
        DOUBLE("DOUBLE", "number"),
        VARCHAR("VARCHAR", "text"),
        TIMESTAMP("TIMESTAMPTZ", "date-time"),
        DATE("DATE", "date"),
        BLOB("BLOB", "bytes");

        final String sql;
        final String description;

        ColumnType(String sql, String description) {
            this.sql = sql;
            this.description = description;
        }

        /** The type a value asks for, or null when the writer cannot write it. */
        static ColumnType of(Object value) {
            if (value instanceof Boolean) {
                return BOOLEAN;
            }
            if (value instanceof Byte) {
                return TINYINT;
            }
            if (value instanceof Short) {
                return SMALLINT;
            }
            if (value instanceof Integer) {
                return INTEGER;
            }
            if (value instanceof Long) {
                return BIGINT;
            }
            if (value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal) {
                return DOUBLE;
            }
            if (value instanceof String || value instanceof Character) {
                return VARCHAR;
            }
            if (utc(value) != null) {
                return TIMESTAMP;
            }
            if (value instanceof LocalDate) {
                return DATE;
            }
            if (value instanceof byte[]) {
                return BLOB;
            }
            return null;
        }

        /** The type that holds values of this type and of {@code other}, or null if none does. */
        ColumnType widen(ColumnType other) {
            if (this == other) {
                return this;
            }
            boolean integer = ordinal() <= BIGINT.ordinal() && ordinal() >= TINYINT.ordinal();
            boolean otherInteger = other.ordinal() <= BIGINT.ordinal() && other.ordinal() >= TINYINT.ordinal();
            if (integer && otherInteger) {
                return ordinal() > other.ordinal() ? this : other;
            }
            if ((integer || this == DOUBLE) && (otherInteger || other == DOUBLE)) {
                return DOUBLE;
            }
            return null;
        }

        /** A date-time value as a UTC offset date-time (naive times are UTC), or null if it is none. */
        static OffsetDateTime utc(Object value) {
            if (value instanceof LocalDateTime local) {
                return local.atOffset(ZoneOffset.UTC);
            }
            if (value instanceof Instant instant) {
                return instant.atOffset(ZoneOffset.UTC);
            }
            if (value instanceof OffsetDateTime offset) {
                return offset.withOffsetSameInstant(ZoneOffset.UTC);
            }
            if (value instanceof ZonedDateTime zoned) {
                return zoned.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
            }
            return null;
        }

        /** The value to bind for a column of this type; {@code problem} describes a value that does not fit. */
        Object bind(Object value, java.util.function.Supplier<String> problem) {
            Object bound = switch (this) {
                case BOOLEAN -> value instanceof Boolean ? value : null;
                case TINYINT, SMALLINT, INTEGER, BIGINT -> integer(value);
                case DOUBLE -> value instanceof Number number ? number.doubleValue() : null;
                case VARCHAR -> value instanceof String || value instanceof Character ? value.toString() : null;
                case TIMESTAMP -> utc(value);
                case DATE -> value instanceof LocalDate ? value : null;
                case BLOB -> value instanceof byte[] ? value : null;
            };
            if (bound == null) {
                throw new IllegalArgumentException(problem.get() + ".");
            }
            return bound;
        }

        private Object integer(Object value) {
            if (!(value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long)) {
                return null;
            }
            long number = ((Number) value).longValue();
            long limit = switch (this) {
                case TINYINT -> Byte.MAX_VALUE;
                case SMALLINT -> Short.MAX_VALUE;
                case INTEGER -> Integer.MAX_VALUE;
                default -> Long.MAX_VALUE;
            };
            return number > limit || number < -limit - 1 ? null : number;
        }
    }
}
