package dev.driverkit.examples.parquet;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * DuckDB's JDBC driver ({@code org.duckdb:duckdb_jdbc}), the library the parquet drivers read and write
 * parquet files with when they run without Spark (PANDAS, STOREY, {@code asDf}). It is the one
 * maintained library on Maven Central that reads and writes parquet on the JVM without Hadoop and runs
 * on Java 17 (parquet-java and DFLib's dflib-parquet need hadoop-common at run time; Hardwood needs
 * Java 21). Its native library is inside the jar; the parquet and ICU extensions are built in, so
 * nothing is downloaded (automatic extension installs are turned off).
 *
 * <p>Only {@code java.sql} types are used, and the driver class is looked up at run time: the
 * examples compile without DuckDB, and an application that never reads parquet without Spark does not
 * need it. Each call opens its own in-memory database, in UTC.
 */
final class DuckDb {
    static final String DRIVER_CLASS = "org.duckdb.DuckDBDriver";
    static final String ARTIFACT = "org.duckdb:duckdb_jdbc";

    private DuckDb() {}

    private static final class Holder {
        static final Driver DRIVER = load();

        private static Driver load() {
            try {
                Class<?> type = Class.forName(DRIVER_CLASS, true, DuckDb.class.getClassLoader());
                return (Driver) type.getDeclaredConstructor().newInstance();
            } catch (ClassNotFoundException | NoClassDefFoundError e) {
                return null;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot start DuckDB's JDBC driver " + DRIVER_CLASS + ": " + e, e);
            }
        }
    }

    /** Whether DuckDB's driver is on the class path. */
    static boolean available() {
        return Holder.DRIVER != null;
    }

    /**
     * A new in-memory DuckDB connection, in UTC, that downloads nothing.
     *
     * @param who what needs it, for the message when DuckDB is missing: "parquet source 'pq' on PANDAS"
     */
    static Connection connect(String who) {
        Driver driver = Holder.DRIVER;
        if (driver == null) {
            throw new IllegalStateException(who + " reads and writes parquet files with DuckDB's JDBC driver ("
                    + DRIVER_CLASS + "), which is not on the class path: add " + ARTIFACT + " to the application"
                    + " (the examples declare it provided), or use Engine.SPARK.");
        }
        try {
            Connection connection = driver.connect("jdbc:duckdb:", new Properties());
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET autoinstall_known_extensions = false");
                statement.execute("SET autoload_known_extensions = false");
                statement.execute("SET TimeZone = 'UTC'");
            }
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException(who + ": cannot open a DuckDB database: " + e.getMessage(), e);
        }
    }

    /** A SQL identifier: {@code "name"}, with quotes doubled. */
    static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /** A SQL string literal: {@code 'text'}, with quotes doubled. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
