package dev.driverkit.spark;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.Roles;
import dev.driverkit.examples.support.SampleData;
import dev.driverkit.registry.DriverRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The examples' sample data set (1000 shop transactions) in the three forms the tests read: a csv file, a
 * parquet folder and a PostgreSQL table, made once per test JVM from the csv through the drivers themselves.
 */
final class TestData {
    static final String TABLE = "transactions";

    private TestData() {}

    private static final class Files {
        static final Path DIR = createDir();
        static final Path CSV = SampleData.write(DIR.resolve("transactions.csv"));
        static final Path PARQUET = writeParquet(DIR.resolve("transactions.parquet"));

        private static Path createDir() {
            try {
                return java.nio.file.Files.createTempDirectory("driverkit-spark-tests");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Path writeParquet(Path folder) {
            direct("{\"kind\": \"csv\", \"path\": \"" + CSV + "\"}").write().mode(SaveMode.Overwrite).parquet(folder.toString());
            return folder;
        }
    }

    private static final class Postgres {
        static final String URL = load();

        private static String load() {
            String url = TestPostgres.get().jdbcUrl();
            Properties properties = new Properties();
            direct("{\"kind\": \"csv\", \"path\": \"" + Files.CSV + "\"}").write().mode(SaveMode.Overwrite)
                    .jdbc(url, TABLE, properties);
            return url;
        }
    }

    /** A folder of its own below the tests' temp folder. */
    static Path dir(String name) {
        try {
            return java.nio.file.Files.createDirectories(Files.DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path csv() {
        return Files.CSV;
    }

    static Path parquet() {
        return Files.PARQUET;
    }

    /** The JDBC URL of the PostgreSQL database that holds the sample as table {@value #TABLE}. */
    static String postgresUrl() {
        return Postgres.URL;
    }

    /** The frame of a source spec, read by the driver directly: what the data source must agree with. */
    static Dataset<Row> direct(String spec) {
        BaseSourceDriver source = DriverRegistry.load().readSource(spec);
        return Roles.spark(source).toSparkDf(session(), ReadRequest.all());
    }

    static SparkSession session() {
        return TestSpark.session();
    }
}
