package dev.driverkit;

/** The engines a driver can run on. A driver lists the ones it supports in its annotation. */
public enum Engine {
    /** Event streaming in process: events flow through {@link java.util.concurrent.Flow}. */
    STOREY,
    /** Apache Spark: {@code Dataset<Row>} and {@code SparkSession}, for data that outgrows one machine. */
    SPARK,
    /** The local in-memory frame engine: DFLib's {@code org.dflib.DataFrame}. */
    PANDAS
}
