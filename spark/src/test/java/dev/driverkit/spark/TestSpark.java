package dev.driverkit.spark;

import dev.driverkit.examples.support.LocalSpark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.apache.spark.sql.SparkSession;

/** One local[2] SparkSession for the whole test JVM, started on first use and stopped at exit. */
final class TestSpark {
    private TestSpark() {}

    private static final class Holder {
        static final SparkSession SESSION = start();

        private static SparkSession start() {
            // CREATE TABLE in the tests: the catalog's warehouse in a temp folder, not in the module
            try {
                System.setProperty("spark.sql.warehouse.dir",
                        Files.createTempDirectory("driverkit-spark-warehouse").toUri().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SparkSession session = LocalSpark.start("driverkit-spark-tests");
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop, "stop-spark"));
            return session;
        }
    }

    static SparkSession session() {
        return Holder.SESSION;
    }
}
