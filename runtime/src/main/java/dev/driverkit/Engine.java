package dev.driverkit;

/** The engines a driver can run on. A driver lists the ones it supports in its annotation. */
public enum Engine {
    /** Event streaming in process: events flow through {@link java.util.concurrent.Flow}. */
    STOREY(null, null),
    /** Apache Spark: {@code Dataset<Row>} and {@code SparkSession}, for data that outgrows one machine. */
    SPARK("org.apache.spark.sql.Dataset", "org.apache.spark:spark-sql_2.13"),
    /** The local in-memory frame engine: DFLib's {@code org.dflib.DataFrame}. */
    PANDAS("org.dflib.DataFrame", "org.dflib:dflib");

    private final String libraryClass;
    private final String libraryArtifact;

    Engine(String libraryClass, String libraryArtifact) {
        this.libraryClass = libraryClass;
        this.libraryArtifact = libraryArtifact;
    }

    /** A class whose presence shows the engine's library is there; null when the JDK has all (STOREY). */
    public String libraryClass() {
        return libraryClass;
    }

    /** The Maven coordinates (group:artifact) of the engine's library; null for STOREY. */
    public String libraryArtifact() {
        return libraryArtifact;
    }
}
