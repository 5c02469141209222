package io.csiloop.persistence;

import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.PeriodUnit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rolls the database's per-day totals of one definition (count, sum, min, max) up into its periods. Days nest
 * exactly in weeks, months and quarters of the same zone, so the result equals aggregating the points
 * themselves; it needs nothing but those four totals, hence only count, sum, average, min and max roll up.
 */
final class PeriodRollup {

    private final Aggregation aggregation;
    private final PeriodUnit unit;
    private final ZoneId zone;
    private final Map<LocalDate, Totals> periods = new HashMap<>(); // sorted once, at the end: cheaper than a tree

    PeriodRollup(Aggregation aggregation, PeriodUnit unit, ZoneId zone) {
        if (!rollsUp(aggregation)) {
            throw new IllegalArgumentException(aggregation + " needs the points, not daily totals");
        }
        this.aggregation = aggregation;
        this.unit = unit;
        this.zone = zone;
    }

    /** Whether the aggregation is a function of daily count, sum, min and max. */
    static boolean rollsUp(Aggregation aggregation) {
        return switch (aggregation) {
            case COUNT, SUM, AVERAGE, MIN, MAX -> true;
            case MEDIAN, P90, LAST -> false;
        };
    }

    /** Adds one day's totals; days may come in any order. */
    void addDay(long epochDay, int count, double sum, double min, double max) {
        LocalDate firstDay = new Period(unit, LocalDate.ofEpochDay(epochDay), zone).firstDay();
        periods.computeIfAbsent(firstDay, d -> new Totals()).add(count, sum, min, max);
    }

    /** The value of each period that had data, in period order. */
    List<KpiValue> values() {
        return periods.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new KpiValue(new Period(unit, e.getKey(), zone), e.getValue().value(aggregation),
                        e.getValue().count))
                .toList();
    }

    private static final class Totals {
        private int count;
        private double sum;
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;

        void add(int dayCount, double daySum, double dayMin, double dayMax) {
            count += dayCount;
            sum += daySum;
            min = Math.min(min, dayMin);
            max = Math.max(max, dayMax);
        }

        double value(Aggregation aggregation) {
            return switch (aggregation) {
                case COUNT -> count;
                case SUM -> sum;
                case AVERAGE -> sum / count;
                case MIN -> min;
                case MAX -> max;
                case MEDIAN, P90, LAST -> throw new IllegalStateException(aggregation + " does not roll up");
            };
        }
    }
}
