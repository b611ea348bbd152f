package dev.driverkit.examples.support;

import dev.driverkit.engine.Event;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dflib.DataFrame;
import org.dflib.row.RowProxy;

/**
 * An engine-neutral fingerprint of rows: the row count and an order-independent checksum of every
 * row's {@code column=value} pairs, with values in a canonical text form (numbers without trailing
 * zeros, so {@code 3}, {@code 3L} and {@code 3.0} agree; date-times as ISO local date-times; null as
 * {@code null}). Two engines that read the same rows give the same result.
 */
public record RowChecksum(long rows, long checksum) {

    /** Sums the rows of any engine: each row as column-to-value pairs. */
    public static RowChecksum of(Iterator<Map<String, Object>> rows, ZoneId zone) {
        long count = 0;
        long sum = 0;
        while (rows.hasNext()) {
            Map<String, Object> row = new TreeMap<>(rows.next());
            StringBuilder text = new StringBuilder();
            row.forEach((column, value) -> text.append(column).append('=').append(canonical(value, zone)).append('\u001f'));
            CRC32 crc = new CRC32();
            crc.update(text.toString().getBytes(StandardCharsets.UTF_8));
            sum += crc.getValue() * 2_654_435_761L; // a sum of row hashes: independent of row order
            count++;
        }
        return new RowChecksum(count, sum);
    }

    /** A DFLib frame (PANDAS). */
    public static RowChecksum of(DataFrame frame) {
        List<String> columns = List.of(frame.getColumnsIndex().toArray());
        List<Map<String, Object>> rows = new ArrayList<>(frame.height());
        for (RowProxy row : frame) {
            Map<String, Object> values = new TreeMap<>();
            for (int i = 0; i < columns.size(); i++) {
                values.put(columns.get(i), row.get(i));
            }
            rows.add(values);
        }
        return of(rows.iterator(), ZoneId.of("UTC"));
    }

    /** STOREY events: their bodies. */
    public static RowChecksum ofEvents(List<Event> events) {
        return of(events.stream().map(Event::body).iterator(), ZoneId.of("UTC"));
    }

    /** A Spark frame, collected; timestamps are read back in the session's time zone. */
    public static RowChecksum of(Dataset<Row> frame) {
        ZoneId zone = ZoneId.of(frame.sparkSession().conf().get("spark.sql.session.timeZone"));
        String[] columns = frame.columns();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row row : frame.collectAsList()) {
            Map<String, Object> values = new TreeMap<>();
            for (int i = 0; i < columns.length; i++) {
                values.put(columns[i], row.get(i));
            }
            rows.add(values);
        }
        return of(rows.iterator(), zone);
    }

    static String canonical(Object value, ZoneId zone) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite()) || value instanceof Float f && (f.isNaN() || f.isInfinite())) {
            return value.toString();
        }
        if (value instanceof Number number) {
            BigDecimal decimal = new BigDecimal(number.toString()).stripTrailingZeros();
            return decimal.signum() == 0 ? "0" : decimal.toPlainString();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return canonical(timestamp.toInstant(), zone);
        }
        if (value instanceof Instant instant) {
            return canonical(LocalDateTime.ofInstant(instant, zone), zone);
        }
        if (value instanceof LocalDateTime local) {
            return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(local);
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value.toString();
    }

    @Override
    public String toString() {
        return rows + " rows, checksum " + String.format("%016x", checksum);
    }
}
