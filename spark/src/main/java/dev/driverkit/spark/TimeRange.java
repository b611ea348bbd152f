package dev.driverkit.spark;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.spark.sql.sources.And;
import org.apache.spark.sql.sources.EqualNullSafe;
import org.apache.spark.sql.sources.EqualTo;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.sources.GreaterThan;
import org.apache.spark.sql.sources.GreaterThanOrEqual;
import org.apache.spark.sql.sources.In;
import org.apache.spark.sql.sources.LessThan;
import org.apache.spark.sql.sources.LessThanOrEqual;

/**
 * A time range as a {@code ReadRequest} carries it: {@code start < time <= end}, either bound open (null).
 * {@link #of} reads it from the filters Spark pushes down, keeping only those on the time column. The range
 * always holds every row the filters pass (a superset where a filter's bound is not of that shape, as
 * {@code time >= x}, which becomes {@code time > x - 1 µs}, Spark's precision); Spark applies the filters
 * again on top, so the rows are exactly the query's while the driver reads only the range.
 */
record TimeRange(LocalDateTime start, LocalDateTime end) {
    static final TimeRange ALL = new TimeRange(null, null);

    /** The range implied by the conjunction of {@code filters} on {@code column}; {@link #ALL} when none applies. */
    static TimeRange of(Filter[] filters, String column, ZoneId zone) {
        TimeRange range = ALL;
        if (column == null) {
            return range;
        }
        for (Filter filter : filters) {
            range = range.intersect(of(filter, column, zone));
        }
        return range;
    }

    private static TimeRange of(Filter filter, String column, ZoneId zone) {
        if (filter instanceof And and) {
            return of(and.left(), column, zone).intersect(of(and.right(), column, zone));
        }
        if (filter instanceof GreaterThan f && f.attribute().equals(column)) {
            return after(time(f.value(), zone));
        }
        if (filter instanceof GreaterThanOrEqual f && f.attribute().equals(column)) {
            return after(justBefore(time(f.value(), zone)));
        }
        if (filter instanceof LessThanOrEqual f && f.attribute().equals(column)) {
            return upTo(time(f.value(), zone));
        }
        if (filter instanceof LessThan f && f.attribute().equals(column)) {
            return upTo(time(f.value(), zone));
        }
        if (filter instanceof EqualTo f && f.attribute().equals(column)) {
            return around(time(f.value(), zone), time(f.value(), zone));
        }
        if (filter instanceof EqualNullSafe f && f.attribute().equals(column)) {
            return around(time(f.value(), zone), time(f.value(), zone));
        }
        if (filter instanceof In f && f.attribute().equals(column) && f.values().length > 0) {
            LocalDateTime min = null;
            LocalDateTime max = null;
            for (Object value : f.values()) {
                LocalDateTime time = time(value, zone);
                if (time == null) {
                    return ALL; // a null or a value of another type: no bound
                }
                min = min == null || time.isBefore(min) ? time : min;
                max = max == null || time.isAfter(max) ? time : max;
            }
            return around(min, max);
        }
        return ALL;
    }

    private static TimeRange after(LocalDateTime start) {
        return start == null ? ALL : new TimeRange(start, null);
    }

    private static TimeRange upTo(LocalDateTime end) {
        return end == null ? ALL : new TimeRange(null, end);
    }

    private static TimeRange around(LocalDateTime first, LocalDateTime last) {
        return first == null || last == null ? ALL : new TimeRange(justBefore(first), last);
    }

    /** The exclusive start that lets {@code time} in: one microsecond earlier, Spark's time precision. */
    private static LocalDateTime justBefore(LocalDateTime time) {
        return time == null ? null : time.minusNanos(1_000);
    }

    /**
     * A filter's value as a naive date-time in the session's zone, as drivers compare: Spark passes a
     * TIMESTAMP as {@link Timestamp} (or {@link Instant}), a TIMESTAMP_NTZ as {@link LocalDateTime} and a DATE
     * as {@link java.sql.Date} (or {@link LocalDate}). Any other value (a string, a number) bounds nothing.
     */
    private static LocalDateTime time(Object value, ZoneId zone) {
        if (value instanceof Timestamp timestamp) {
            return LocalDateTime.ofInstant(timestamp.toInstant(), zone);
        }
        if (value instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, zone);
        }
        if (value instanceof LocalDateTime local) {
            return local;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate().atStartOfDay();
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        return null;
    }

    /** Rows in both ranges: the later start, the earlier end. */
    TimeRange intersect(TimeRange other) {
        LocalDateTime newStart = start == null ? other.start : other.start == null || start.isAfter(other.start)
                ? start : other.start;
        LocalDateTime newEnd = end == null ? other.end : other.end == null || end.isBefore(other.end) ? end : other.end;
        return new TimeRange(newStart, newEnd);
    }
}
