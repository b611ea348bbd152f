package dev.driverkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.spark.sql.sources.And;
import org.apache.spark.sql.sources.EqualTo;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.sources.GreaterThan;
import org.apache.spark.sql.sources.In;
import org.apache.spark.sql.sources.LessThanOrEqual;
import org.apache.spark.sql.sources.Or;
import org.junit.jupiter.api.Test;

/** Spark's pushed filters as a ReadRequest's range: always every row the filters pass. */
class TimeRangeTest {
    static final LocalDateTime T1 = LocalDateTime.of(2024, 1, 2, 3, 4, 5);
    static final LocalDateTime T2 = LocalDateTime.of(2024, 2, 1, 0, 0);
    static final ZoneId UTC = ZoneId.of("UTC");

    private static TimeRange range(Filter... filters) {
        return TimeRange.of(filters, "ts", UTC);
    }

    @Test
    void comparisonsOnTheTimeColumnBoundTheRangeInTheSessionsZone() {
        // a TIMESTAMP filter value is an instant; the request's naive times are the session zone's
        Timestamp instant = Timestamp.from(T1.atZone(ZoneId.of("Europe/Berlin")).toInstant());
        assertEquals(new TimeRange(T1, null), TimeRange.of(new Filter[] {new GreaterThan("ts", instant)}, "ts",
                ZoneId.of("Europe/Berlin")));
        assertEquals(new TimeRange(T1.minusHours(1), T2), range(new GreaterThan("ts", instant),
                new LessThanOrEqual("ts", T2)));
        assertEquals(new TimeRange(T1, T2), range(new And(new GreaterThan("ts", T1), new LessThanOrEqual("ts", T2))));
    }

    @Test
    void equalityAndInBecomeTheSmallestRangeThatHoldsTheirValues() {
        assertEquals(new TimeRange(T1.minusNanos(1_000), T1), range(new EqualTo("ts", T1)));
        assertEquals(new TimeRange(T1.minusNanos(1_000), T2), range(new In("ts", new Object[] {T2, T1})));
        assertEquals(TimeRange.ALL, range(new In("ts", new Object[] {T1, null})));
    }

    @Test
    void datesStartAtMidnightAndTheIntersectionKeepsTheNarrowerBounds() {
        assertEquals(new TimeRange(LocalDate.of(2024, 1, 2).atStartOfDay(), null),
                range(new GreaterThan("ts", java.sql.Date.valueOf("2024-01-02"))));
        assertEquals(new TimeRange(T1, T2), new TimeRange(T1.minusDays(1), T2).intersect(new TimeRange(T1, T2.plusDays(1))));
    }

    @Test
    void otherColumnsOtherValuesAndDisjunctionsBoundNothing() {
        assertEquals(TimeRange.ALL, range(new GreaterThan("id", 3)));
        assertEquals(TimeRange.ALL, range(new GreaterThan("ts", "2024-01-01")));
        assertEquals(TimeRange.ALL, range(new Or(new GreaterThan("ts", T1), new EqualTo("id", 1))));
        assertEquals(TimeRange.ALL, TimeRange.of(new Filter[] {new GreaterThan("ts", T1)}, null, UTC));
    }
}
