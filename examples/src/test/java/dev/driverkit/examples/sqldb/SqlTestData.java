package dev.driverkit.examples.sqldb;

import dev.driverkit.engine.ReadRequest;
import dev.driverkit.examples.csv.CsvSource;
import dev.driverkit.examples.support.RowChecksum;
import dev.driverkit.examples.support.SampleData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import org.dflib.DataFrame;
import org.dflib.row.RowProxy;

/**
 * The sample data set ({@link SampleData}) as a table of a database, and what the sqldb tests expect of
 * it: the rows the csv source reads from the same sample, so a table read on any engine must match them.
 */
final class SqlTestData {
    static final String TABLE = "transactions";

    private SqlTestData() {}

    private static final class Sample {
        static final DataFrame FRAME = readCsv();

        private static DataFrame readCsv() {
            try {
                Path dir = Files.createTempDirectory("driverkit-sql-sample");
                Path csv = SampleData.write(dir.resolve("transactions.csv"));
                DataFrame frame = CsvSource.of("sample", csv.toString()).setParseDates(List.of(SampleData.TIME))
                        .toDataframe(ReadRequest.all());
                Files.delete(csv);
                Files.delete(dir);
                return frame;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The sample as the csv source reads it (PANDAS). */
    static DataFrame sample() {
        return Sample.FRAME;
    }

    /** The checksum every engine must give for the whole table. */
    static RowChecksum expected() {
        return RowChecksum.of(sample());
    }

    /** (Re)creates {@code table} with the sample's 1000 rows: integer, timestamp, text, numeric, integer, double. */
    static void createTable(Connection connection, String table) throws SQLException {
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS " + table);
            ddl.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, ts TIMESTAMP NOT NULL, category VARCHAR(40),"
                    + " amount NUMERIC(10, 2), quantity INTEGER, discount DOUBLE PRECISION)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (RowProxy row : sample()) {
                insert.setInt(1, ((Number) row.get("id")).intValue());
                insert.setObject(2, (LocalDateTime) row.get("ts"));
                insert.setString(3, (String) row.get("category"));
                insert.setBigDecimal(4, BigDecimal.valueOf((Double) row.get("amount")));
                insert.setInt(5, ((Number) row.get("quantity")).intValue());
                if (row.get("discount") == null) {
                    insert.setNull(6, Types.DOUBLE);
                } else {
                    insert.setDouble(6, (Double) row.get("discount"));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    /** How many sample rows have {@code start < ts <= end}. */
    static long rowsBetween(LocalDateTime start, LocalDateTime end) {
        long count = 0;
        for (int i = 0; i < SampleData.ROWS; i++) {
            LocalDateTime time = SampleData.time(i);
            if (time.isAfter(start) && !time.isAfter(end)) {
                count++;
            }
        }
        return count;
    }
}
