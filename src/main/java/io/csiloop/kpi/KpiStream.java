package io.csiloop.kpi;

import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.PeriodUnit;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The KPI value of each period, computed in one pass over data points in time order: it reads
 * a period's points, emits its {@link KpiValue} as soon as a point of a later period arrives (or the
 * points end), and never holds more than one period ({@code MEDIAN} and {@code P90} buffer that
 * period's values; the other aggregations run in constant memory).
 *
 * <p>Periods without data points are not emitted: a gap between two values means "no data" (for
 * {@code COUNT}, zero). An empty input yields nothing. Data points with equal instants are fine;
 * a data point earlier than the one before it throws {@link UnsortedDataPoints} when it is read.
 * Not thread-safe; lazy: nothing is read before {@link #hasNext()} or {@link #next()}.
 */
public final class KpiStream implements Iterator<KpiValue> {

    private final Iterator<DataPoint> points;
    private final PeriodCursor periods;
    private final Accumulator accumulator;
    private DataPoint pending;
    private long readSecond = Long.MIN_VALUE; // the instant of the point read last, apart: no Instant to compare
    private int readNano;
    private long index;

    private KpiStream(Iterator<DataPoint> points, Aggregation aggregation, PeriodUnit unit, ZoneId zone) {
        this.points = Objects.requireNonNull(points, "points");
        this.periods = new PeriodCursor(Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(zone, "zone"));
        this.accumulator = new Accumulator(Objects.requireNonNull(aggregation, "aggregation"));
    }

    /** The values of the given aggregation per period of the given length in the zone. */
    public static KpiStream of(Iterator<DataPoint> points, Aggregation aggregation, PeriodUnit unit, ZoneId zone) {
        return new KpiStream(points, aggregation, unit, zone);
    }

    /** The values per period as the definition aggregates them, in the zone (the user's). */
    public static KpiStream of(Iterable<DataPoint> points, MeasurementDefinition definition, ZoneId zone) {
        return of(points.iterator(), definition.aggregation(), definition.period(), zone);
    }

    @Override
    public boolean hasNext() {
        return pending != null || points.hasNext();
    }

    @Override
    public KpiValue next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        DataPoint first = pending != null ? pending : read();
        pending = null;
        Period period = periods.periodOf(first.observedAt());
        long end = periods.end(); // an epoch second: a period starts and ends on whole seconds
        accumulator.reset();
        accumulator.add(first.value());
        while (points.hasNext()) {
            DataPoint point = read();
            if (readSecond >= end) {
                pending = point;
                break;
            }
            accumulator.add(point.value());
        }
        return new KpiValue(period, accumulator.result(), accumulator.count());
    }

    private DataPoint read() {
        DataPoint point = Objects.requireNonNull(points.next(), "data point");
        Instant at = point.observedAt();
        long second = at.getEpochSecond();
        int nano = at.getNano();
        if (second < readSecond || second == readSecond && nano < readNano) {
            throw new UnsortedDataPoints(index, Instant.ofEpochSecond(readSecond, readNano), at);
        }
        readSecond = second;
        readNano = nano;
        index++;
        return point;
    }
}
