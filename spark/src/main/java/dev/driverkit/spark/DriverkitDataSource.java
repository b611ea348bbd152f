package dev.driverkit.spark;

import dev.driverkit.DriverFlag;
import dev.driverkit.registry.Direction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SQLContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.sources.BaseRelation;
import org.apache.spark.sql.sources.CreatableRelationProvider;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.sources.RelationProvider;
import org.apache.spark.sql.sources.SchemaRelationProvider;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Map;

/**
 * Every driver that declares {@code Engine.SPARK}, as one Spark data source named {@code driverkit}:
 *
 * <pre>{@code
 * spark.read().format("driverkit").option("kind", "csv").option("path", "data.csv").load();
 * df.write().format("driverkit").option("kind", "parquet").option("path", "out").mode("overwrite").save();
 * CREATE TEMPORARY VIEW t USING driverkit OPTIONS (kind 'csv', path 'data.csv')
 * }</pre>
 *
 * The {@code kind} option picks the driver through the registry; the other options are its spec's
 * fields ({@link SpecBuilder}). Spark finds this class by its short name through
 * {@code META-INF/services/org.apache.spark.sql.sources.DataSourceRegister}: the jar on {@code spark.jars}
 * beside the drivers' jars is all it takes.
 *
 * <p>This is Spark's first data source API (V1): a relation's scan may return any RDD, so the driver's
 * own frame, which is a Spark plan already, is what the relation scans. The second API (V2) reads
 * through its own partitions and readers on the executors and could not reuse that frame.
 */
public final class DriverkitDataSource
        implements DataSourceRegister, RelationProvider, SchemaRelationProvider, CreatableRelationProvider {
    public static final String SHORT_NAME = "driverkit";

    public DriverkitDataSource() {}

    @Override
    public String shortName() {
        return SHORT_NAME;
    }

    /** {@code spark.read.format("driverkit")...load()}, {@code CREATE TEMPORARY VIEW ... USING driverkit}. */
    @Override
    public BaseRelation createRelation(SQLContext sqlContext, Map<String, String> parameters) {
        return DriverkitRelation.forRead(sqlContext, DriverkitOptions.of(parameters), null);
    }

    /** The same, with the columns given: {@code .schema(...)}, {@code CREATE TEMPORARY VIEW t (id INT, ...)}, a table. */
    @Override
    public BaseRelation createRelation(SQLContext sqlContext, Map<String, String> parameters, StructType schema) {
        return DriverkitRelation.forRead(sqlContext, DriverkitOptions.of(parameters), schema);
    }

    /** {@code df.write.format("driverkit")...save()}, {@code CREATE TABLE ... USING driverkit AS SELECT}. */
    @Override
    public BaseRelation createRelation(SQLContext sqlContext, SaveMode mode, Map<String, String> parameters,
            Dataset<Row> data) {
        DriverkitOptions options = DriverkitOptions.of(parameters);
        SpecBuilder specs = new SpecBuilder(SparkDrivers.load());
        DriverSpec target = specs.build(options, Direction.TARGET);
        boolean overwrite = overwrite(mode, target);
        ExecutorClassPath.check(sqlContext.sparkSession(), target.info());
        DriverkitRelation.write(target, data, overwrite, options);
        return DriverkitRelation.written(sqlContext, options, specs, target, data.schema());
    }

    /**
     * Overwrite, or append to a target declared {@code append = true}. Spark's other modes depend on
     * whether the target holds data, which a driver does not tell: they are refused.
     */
    static boolean overwrite(SaveMode mode, DriverSpec target) {
        boolean appends = target.info().hasFlag(DriverFlag.APPEND);
        return switch (mode) {
            case Overwrite -> true;
            case Append -> false;
            case ErrorIfExists, Ignore -> throw new IllegalArgumentException("SaveMode." + mode + (mode == SaveMode.ErrorIfExists
                    ? " (Spark's default for df.write)" : "") + " is not supported by format(\"driverkit\"): it depends on"
                    + " whether " + target.describe() + " already holds data, which its driver does not tell. Choose "
                    + (appends ? ".mode(\"overwrite\") or .mode(\"append\")." : ".mode(\"overwrite\") (the target"
                    + " cannot append: its driver is declared without append = true)."));
        };
    }
}
