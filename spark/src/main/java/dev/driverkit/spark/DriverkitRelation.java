package dev.driverkit.spark;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.DriverFlag;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.Roles;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.registry.Direction;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SQLContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.sources.BaseRelation;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.sources.InsertableRelation;
import org.apache.spark.sql.sources.PrunedFilteredScan;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A driver as a Spark relation. Reading asks the source driver for its frame ({@code toSparkDf}) with a
 * {@link ReadRequest} made of what Spark pushes down: the columns the query needs and the range its
 * filters put on the source's {@code time_field} (within the spec's own {@code start_time} /
 * {@code end_time}). Writing ({@code INSERT INTO}) hands the frame to the target driver's
 * {@code writeSparkDf}.
 *
 * <p>The driver's frame is Spark's own plan, so the relation hands its rows over as they are
 * ({@link #needConversion()} false: {@code buildScan} returns the frame's internal rows, with no
 * conversion to and from {@link Row}). Every pushed filter stays unhandled ({@code unhandledFilters} is
 * not overridden): Spark applies them again, so a driver's range needs only to hold the query's rows.
 */
final class DriverkitRelation extends BaseRelation implements PrunedFilteredScan, InsertableRelation {
    private final SQLContext sqlContext;
    private final DriverkitOptions options;
    private final SpecBuilder specs;
    private final StructType schema;
    /** The source's and the target's specs, each read from the options when first needed. */
    private DriverSpec source;
    private DriverSpec target;
    /**
     * The frame the schema was read from, for the first scan if it asks the same: a csv source infers
     * its schema with a pass over the data, which a second {@code toSparkDf} would repeat. Later scans ask
     * the driver again, so they see the data as it is then (after an {@code INSERT}, say).
     */
    private final AtomicReference<Dataset<Row>> schemaFrame;
    private final long sizeInBytes;

    private DriverkitRelation(SQLContext sqlContext, DriverkitOptions options, SpecBuilder specs, StructType schema,
            DriverSpec source, DriverSpec target, Dataset<Row> schemaFrame) {
        this.sqlContext = sqlContext;
        this.options = options;
        this.specs = specs;
        this.schema = schema;
        this.source = source;
        this.target = target;
        this.schemaFrame = new AtomicReference<>(schemaFrame);
        this.sizeInBytes = schemaFrame == null ? super.sizeInBytes() : estimatedSize(schemaFrame);
    }

    /**
     * A relation to read (and, when the kind also has a target on Spark, to insert into): the source's
     * spec is read from the options now; its schema is {@code userSchema}, else its frame's.
     */
    static DriverkitRelation forRead(SQLContext sqlContext, DriverkitOptions options, StructType userSchema) {
        SparkDrivers drivers = SparkDrivers.load();
        SpecBuilder specs = new SpecBuilder(drivers);
        String kind = options.kind();
        if (!drivers.hasSparkDriver(Direction.SOURCE, kind) && drivers.hasSparkDriver(Direction.TARGET, kind)) {
            if (userSchema == null) {
                throw new IllegalArgumentException("'" + kind + "' is a target driver without a source on Spark, so"
                        + " its columns cannot be read: declare them to write into it, as in CREATE TEMPORARY VIEW v"
                        + " (id INT, ts TIMESTAMP, ...) USING driverkit OPTIONS (kind '" + kind + "', ...), then INSERT"
                        + " INTO v, or write with df.write.format(\"driverkit\") or CREATE TABLE ... USING driverkit AS"
                        + " SELECT.");
            }
            DriverSpec target = specs.build(options, Direction.TARGET);
            ExecutorClassPath.check(sqlContext.sparkSession(), target.info());
            return new DriverkitRelation(sqlContext, options, specs, userSchema, null, target, null);
        }
        DriverSpec source = specs.build(options, Direction.SOURCE);
        ExecutorClassPath.check(sqlContext.sparkSession(), source.info());
        if (userSchema != null) {
            return new DriverkitRelation(sqlContext, options, specs, userSchema, source, null, null);
        }
        Dataset<Row> frame;
        try {
            BaseSourceDriver driver = source.newSource();
            frame = Roles.spark(driver).toSparkDf(sqlContext.sparkSession(), baseRequest(driver));
        } catch (RuntimeException e) {
            if (!drivers.hasSparkDriver(Direction.TARGET, kind)) {
                throw e;
            }
            throw new IllegalArgumentException(e.getMessage() + " (To write into a new '" + kind + "' target through a"
                    + " view, declare the view's columns: CREATE TEMPORARY VIEW v (id INT, ...) USING driverkit"
                    + " OPTIONS (...).)", e);
        }
        return new DriverkitRelation(sqlContext, options, specs, frame.schema(), source, null, frame);
    }

    /** The relation of a finished write: the written frame's schema, for {@code CREATE TABLE ... AS SELECT}. */
    static DriverkitRelation written(SQLContext sqlContext, DriverkitOptions options, SpecBuilder specs,
            DriverSpec target, StructType schema) {
        return new DriverkitRelation(sqlContext, options, specs, schema, null, target, null);
    }

    /** What every read of the source asks at least: its spec's time range, all columns. */
    private static ReadRequest baseRequest(BaseSourceDriver driver) {
        return ReadRequest.all().withTimeRange(driver.getStartTime(), driver.getEndTime());
    }

    @Override
    public SQLContext sqlContext() {
        return sqlContext;
    }

    @Override
    public StructType schema() {
        return schema;
    }

    @Override
    public boolean needConversion() {
        return false;
    }

    @Override
    public long sizeInBytes() {
        return sizeInBytes;
    }

    @Override
    public RDD<Row> buildScan(String[] requiredColumns, Filter[] filters) {
        SparkSession session = sqlContext.sparkSession();
        BaseSourceDriver driver = sourceSpec().newSource();
        ReadRequest request = request(driver, requiredColumns, filters, session);
        Dataset<Row> first = schemaFrame.getAndSet(null);
        Dataset<Row> frame = first != null && request.equals(baseRequest(driver)) ? first
                : Roles.spark(driver).toSparkDf(session, request);
        Dataset<Row> rows = isExactly(frame, requiredColumns) ? frame : frame.select(columns(frame, requiredColumns));
        @SuppressWarnings("unchecked") // needConversion() is false: Spark takes the RDD's rows as InternalRows
        RDD<Row> internal = (RDD<Row>) (RDD<?>) rows.queryExecution().toRdd();
        return internal;
    }

    /** The driver's request: the spec's range within the filters' range, and the columns the query reads. */
    private ReadRequest request(BaseSourceDriver driver, String[] requiredColumns, Filter[] filters, SparkSession session) {
        ZoneId zone = ZoneId.of(session.conf().get("spark.sql.session.timeZone"));
        TimeRange range = new TimeRange(driver.getStartTime(), driver.getEndTime())
                .intersect(TimeRange.of(filters, field(driver.getTimeField()), zone));
        List<String> all = Arrays.asList(schema.fieldNames());
        List<String> columns;
        if (requiredColumns.length == 0) {
            columns = List.of(all.get(0)); // count(*): the narrowest request that still yields every row
        } else if (new HashSet<>(Arrays.asList(requiredColumns)).equals(new HashSet<>(all))) {
            columns = List.of(); // all of them, in the driver's order
        } else {
            columns = Arrays.asList(requiredColumns);
        }
        return new ReadRequest(columns, null, range.start(), range.end(), null, null);
    }

    /** The schema's name of the time field: as written, else the one column that matches it ignoring case. */
    private String field(String name) {
        if (name == null) {
            return null;
        }
        List<String> matches = new ArrayList<>();
        for (StructField field : schema.fields()) {
            if (field.name().equals(name)) {
                return name;
            }
            if (field.name().equalsIgnoreCase(name)) {
                matches.add(field.name());
            }
        }
        return matches.size() == 1 ? matches.get(0) : null;
    }

    /** Whether the frame has the required columns alone, in order, of the relation's types: no projection needed. */
    private boolean isExactly(Dataset<Row> frame, String[] requiredColumns) {
        StructField[] fields = frame.schema().fields();
        if (fields.length != requiredColumns.length) {
            return false;
        }
        for (int i = 0; i < fields.length; i++) {
            if (!fields[i].name().equals(requiredColumns[i])
                    || !fields[i].dataType().equals(schema.apply(requiredColumns[i]).dataType())) {
                return false;
            }
        }
        return true;
    }

    /** The required columns of the frame, in order, each of the relation's type (a declared schema may differ). */
    private Column[] columns(Dataset<Row> frame, String[] requiredColumns) {
        StructType frameSchema = frame.schema();
        List<String> names = Arrays.asList(frameSchema.fieldNames());
        Column[] columns = new Column[requiredColumns.length];
        for (int i = 0; i < requiredColumns.length; i++) {
            String name = requiredColumns[i];
            String frameName = names.contains(name) ? name
                    : names.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().orElseThrow(() ->
                            new IllegalArgumentException("The column '" + name + "' is not in the frame of "
                                    + sourceSpec().describe() + "; its columns are " + names + "."));
            Column column = functions.col(quote(frameName));
            if (!frameSchema.apply(frameName).dataType().equals(schema.apply(name).dataType())) {
                column = column.cast(schema.apply(name).dataType());
            }
            columns[i] = column.as(name);
        }
        return columns;
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    @Override
    public void insert(Dataset<Row> data, boolean overwrite) {
        write(targetSpec(), data, overwrite, options);
        schemaFrame.set(null); // the data changed: no later scan may use the frame read before
    }

    /** The source's spec; for a kind without a source on Spark, the registry's error says what it is. */
    private synchronized DriverSpec sourceSpec() {
        if (source == null) {
            source = specs.build(options, Direction.SOURCE);
            ExecutorClassPath.check(sqlContext.sparkSession(), source.info());
        }
        return source;
    }

    private synchronized DriverSpec targetSpec() {
        if (target == null) {
            target = specs.build(options, Direction.TARGET);
            ExecutorClassPath.check(sqlContext.sparkSession(), target.info());
        }
        return target;
    }

    /** Writes through the target's SPARK role: its own write when it has one, else the engine's. */
    static void write(DriverSpec target, Dataset<Row> data, boolean overwrite, DriverkitOptions options) {
        if (!overwrite && !target.info().hasFlag(DriverFlag.APPEND)) {
            throw new IllegalArgumentException(target.describe() + " cannot append: its driver ("
                    + target.info().driverClassName() + ") is declared without append = true. Overwrite it instead:"
                    + " df.write.mode(\"overwrite\"), INSERT OVERWRITE.");
        }
        WriteRequest request = new WriteRequest(options.keyColumns(), options.timestampKey(), overwrite);
        Roles.spark(target.newTarget()).writeSparkDf(data, request);
    }

    private static long estimatedSize(Dataset<Row> frame) {
        scala.math.BigInt size = frame.queryExecution().optimizedPlan().stats().sizeInBytes();
        return size.isValidLong() ? size.longValue() : Long.MAX_VALUE;
    }

    @Override
    public String toString() {
        return "driverkit " + options.kind(); // the plan's scan node: "Scan driverkit csv [id#1, ...]"
    }
}
