package dev.driverkit.examples.alltypes;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.Engine;
import dev.driverkit.SourceDriver;
import dev.driverkit.Spec;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.StepRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Flow;

/**
 * A test-only driver with a {@code @Spec} field of every supported type, nested collections, an
 * explicit key and a renamed field, for the spec JSON round-trip tests. Its STOREY stream is one
 * event holding the spec's text, so the driver is a real, runnable driver.
 */
@SourceDriver(kind = "alltypes", supports = Engine.STOREY)
public class AllTypesSource extends BaseSourceDriver {
    public enum Color { RED, GREEN, BLUE }

    // ---- scalars: String, each primitive and its box, an enum, java.time ----
    @Spec boolean flag;
    @Spec byte tiny;
    @Spec short small;
    @Spec int count;
    @Spec long big;
    @Spec float ratio;
    @Spec double amount;
    @Spec char letter;
    @Spec String text;
    @Spec Boolean boxedFlag;
    @Spec Byte boxedTiny;
    @Spec Short boxedSmall;
    @Spec Integer boxedCount;
    @Spec Long boxedBig;
    @Spec Float boxedRatio;
    @Spec Double boxedAmount;
    @Spec Character boxedLetter;
    @Spec Color color;
    @Spec Instant instant;
    @Spec LocalDate localDate;
    @Spec LocalDateTime localDateTime;
    @Spec LocalTime localTime;
    @Spec OffsetDateTime offsetDateTime;
    @Spec ZonedDateTime zonedDateTime;
    @Spec Duration duration;

    // ---- List, Set and Map<String, ...> of each of them ----
    @Spec List<String> textList;
    @Spec List<Boolean> flagList;
    @Spec List<Byte> tinyList;
    @Spec List<Short> smallList;
    @Spec List<Integer> countList;
    @Spec List<Long> bigList;
    @Spec List<Float> ratioList;
    @Spec List<Double> amountList;
    @Spec List<Character> letterList;
    @Spec List<Color> colorList;
    @Spec List<Instant> instantList;
    @Spec List<LocalDate> localDateList;
    @Spec List<LocalDateTime> localDateTimeList;
    @Spec List<LocalTime> localTimeList;
    @Spec List<OffsetDateTime> offsetDateTimeList;
    @Spec List<ZonedDateTime> zonedDateTimeList;
    @Spec List<Duration> durationList;
    @Spec Set<String> textSet;
    @Spec Set<Boolean> flagSet;
    @Spec Set<Byte> tinySet;
    @Spec Set<Short> smallSet;
    @Spec Set<Integer> countSet;
    @Spec Set<Long> bigSet;
    @Spec Set<Float> ratioSet;
    @Spec Set<Double> amountSet;
    @Spec Set<Character> letterSet;
    @Spec Set<Color> colorSet;
    @Spec Set<Instant> instantSet;
    @Spec Set<LocalDate> localDateSet;
    @Spec Set<LocalDateTime> localDateTimeSet;
    @Spec Set<LocalTime> localTimeSet;
    @Spec Set<OffsetDateTime> offsetDateTimeSet;
    @Spec Set<ZonedDateTime> zonedDateTimeSet;
    @Spec Set<Duration> durationSet;
    @Spec Map<String, String> textMap;
    @Spec Map<String, Boolean> flagMap;
    @Spec Map<String, Byte> tinyMap;
    @Spec Map<String, Short> smallMap;
    @Spec Map<String, Integer> countMap;
    @Spec Map<String, Long> bigMap;
    @Spec Map<String, Float> ratioMap;
    @Spec Map<String, Double> amountMap;
    @Spec Map<String, Character> letterMap;
    @Spec Map<String, Color> colorMap;
    @Spec Map<String, Instant> instantMap;
    @Spec Map<String, LocalDate> localDateMap;
    @Spec Map<String, LocalDateTime> localDateTimeMap;
    @Spec Map<String, LocalTime> localTimeMap;
    @Spec Map<String, OffsetDateTime> offsetDateTimeMap;
    @Spec Map<String, ZonedDateTime> zonedDateTimeMap;
    @Spec Map<String, Duration> durationMap;

    // ---- nested collections ----
    @Spec List<List<Integer>> matrix;
    @Spec Map<String, List<String>> groups;
    @Spec List<Map<String, Integer>> records;
    @Spec Map<String, Map<String, Double>> table;
    @Spec List<Set<Color>> palettes;
    @Spec Map<String, List<List<Long>>> deep;

    // ---- keys: an explicit one, and a renamed field that still reads its former key ----
    @Spec(name = "custom_key") String explicitlyNamed;
    @Spec(aliases = "old_name") String newName;

    public AllTypesSource() {}

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            private boolean done;

            @Override
            public void request(long n) {
                if (!done) {
                    done = true;
                    subscriber.onNext(Event.of(Map.of("text", String.valueOf(text))));
                    subscriber.onComplete();
                }
            }

            @Override
            public void cancel() {
                done = true;
            }
        });
    }
}
