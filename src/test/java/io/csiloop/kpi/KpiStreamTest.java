package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.PeriodUnit;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiStreamTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest(name = "{0} has {1} hourly points")
    @CsvSource({"2026-03-29, 23", "2026-10-25, 25", "2026-06-01, 24"})
    void aShortOrLongDayIsOnePeriod(String day, int hours) {
        List<DataPoint> points = new ArrayList<>(Points.hourly(day, hours, BERLIN));
        points.add(new DataPoint(points.get(hours - 1).observedAt().plusSeconds(3600), 100));
        List<KpiValue> values = all(points, Aggregation.COUNT, PeriodUnit.DAY);
        assertEquals(2, values.size());
        assertEquals(day, values.get(0).period().label());
        assertEquals(hours, values.get(0).value());
        assertEquals(hours, values.get(0).sampleCount());
        assertEquals(1, values.get(1).sampleCount());
    }

    @ParameterizedTest(name = "{0} of 1..10 is {1}")
    @CsvSource({"COUNT, 10", "SUM, 55", "AVERAGE, 5.5", "MIN, 1", "MAX, 10", "MEDIAN, 5.5", "P90, 9", "LAST, 10"})
    void aggregatesAPeriod(Aggregation aggregation, double expected) {
        List<KpiValue> values = all(Points.hourly("2026-05-04", 10, BERLIN), aggregation, PeriodUnit.WEEK);
        assertEquals(List.of(new KpiValue(values.get(0).period(), expected, 10)), values);
    }

    @ParameterizedTest(name = "p90 of 1..{0} is {1}")
    @CsvSource({"1, 1", "2, 2", "9, 9", "11, 10", "19, 18", "20, 18", "21, 19", "30, 27", "100, 90"})
    void p90IsTheNearestRank(int n, double expected) {
        assertEquals(expected, all(Points.hourly("2026-05-04", n, BERLIN), Aggregation.P90, PeriodUnit.WEEK)
                .get(0).value());
    }

    @Test
    void theMedianOfAnOddCountIsTheMiddleValue() {
        assertEquals(3, all(Points.hourly("2026-05-04", 5, BERLIN), Aggregation.MEDIAN, PeriodUnit.DAY)
                .get(0).value());
    }

    @Test
    void equalInstantsAreInOrderAndLastTakesTheLastGiven() {
        List<DataPoint> points = List.of(Points.at("2026-05-04T10:00:00Z", 1), Points.at("2026-05-04T10:00:00Z", 2));
        assertEquals(2, all(points, Aggregation.LAST, PeriodUnit.DAY).get(0).value());
    }

    @Test
    void skipsPeriodsWithoutDataPoints() {
        List<DataPoint> points = List.of(Points.at("2026-01-15T10:00:00Z", 1), Points.at("2026-04-15T10:00:00Z", 2));
        List<KpiValue> values = all(points, Aggregation.SUM, PeriodUnit.MONTH);
        assertEquals(List.of("2026-01", "2026-04"), values.stream().map(v -> v.period().label()).toList());
    }

    @Test
    void refusesADataPointEarlierThanTheOneBefore() {
        List<DataPoint> points = List.of(Points.at("2026-05-04T10:00:00Z", 1), Points.at("2026-05-04T11:00:00Z", 2),
                Points.at("2026-05-04T10:30:00Z", 3));
        String refusal = refusal(points);
        assertTrue(refusal.contains("data point 2 (2026-05-04T10:30:00Z)"), refusal);
    }

    @Test
    void refusesADataPointEarlierWithinTheSameSecondAndNamesTheOneBefore() {
        List<DataPoint> points = List.of(Points.at("2026-05-04T10:00:00.5Z", 1), Points.at("2026-05-04T10:00:00.5Z", 2),
                Points.at("2026-05-04T10:00:00.25Z", 3));
        String refusal = refusal(points);
        assertTrue(refusal.contains("data point 2 (2026-05-04T10:00:00.250Z) is earlier than the one before"
                + " it (2026-05-04T10:00:00.500Z)"), refusal);
    }

    private static String refusal(List<DataPoint> points) {
        return assertThrows(UnsortedDataPoints.class, () -> all(points, Aggregation.SUM, PeriodUnit.DAY)).getMessage();
    }

    @Test
    void anEmptyInputHasNoValues() {
        KpiStream stream = KpiStream.of(List.<DataPoint>of().iterator(), Aggregation.SUM, PeriodUnit.DAY, BERLIN);
        assertFalse(stream.hasNext());
        assertThrows(NoSuchElementException.class, stream::next);
    }

    @Test
    void emitsEachPeriodWhenTheNextBeginsWithoutReadingFurther() {
        // An endless source, one point an hour: only a stream that reads period by period can answer.
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        int[] read = {0};
        Iterator<DataPoint> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public DataPoint next() {
                return new DataPoint(start.plusSeconds(3600L * read[0]++), 1);
            }
        };
        KpiStream stream = KpiStream.of(endless, Aggregation.COUNT, PeriodUnit.DAY, ZoneId.of("UTC"));
        assertEquals(24, stream.next().value());
        assertEquals(25, read[0], "a day's 24 points and the first of the next day");
        assertEquals(24, stream.next().value());
        assertEquals(49, read[0]);
    }

    @Test
    void theSumIsTheArrivalOrderSumOfThePeriod() {
        double[] values = {0.1, 0.2, 0.3, 1e15, -1e15}; // the edges of the range a value may take
        List<DataPoint> points = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(new DataPoint(Instant.parse("2026-05-04T10:00:00Z").plusSeconds(i), values[i]));
        }
        double plain = 0;
        for (double value : values) {
            plain += value;
        }
        assertEquals(plain, all(points, Aggregation.SUM, PeriodUnit.DAY).get(0).value());
        assertEquals(plain / values.length, all(points, Aggregation.AVERAGE, PeriodUnit.DAY).get(0).value());
        assertEquals(DoubleStream.of(values).max().orElseThrow(),
                all(points, Aggregation.MAX, PeriodUnit.DAY).get(0).value());
    }

    static List<KpiValue> all(List<DataPoint> points, Aggregation aggregation, PeriodUnit unit) {
        List<KpiValue> values = new ArrayList<>();
        KpiStream.of(points.iterator(), aggregation, unit, BERLIN).forEachRemaining(values::add);
        return values;
    }
}
