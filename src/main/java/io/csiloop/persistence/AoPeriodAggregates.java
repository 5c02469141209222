package io.csiloop.persistence;

import io.csiloop.kpi.KpiStream;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.SqlReads;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@link PeriodAggregates} over Active Objects' tables. Where the periods are read in the reporting zone and the
 * aggregation rolls up (count, sum, average, min, max), one GROUP BY per 1,000 definitions has the database
 * total each definition's points per {@code OBSERVED_DAY}, read through Jira's JDBC access ({@link DataPointSql}:
 * a row per definition and day is too many for AO's entities), and {@link PeriodRollup} makes periods of the days.
 * Otherwise (median, p90, last, another zone, or rows from before the day column was backfilled) the points
 * are streamed in time order through the KPI engine itself. Definitions read over ranges of their own
 * ({@link #inRanges}) are totalled in one statement per {@value #RANGES_PER_READ}, a GROUP BY over each one's range.
 * Where each definition's points begin and end ({@link #observed}) is one statement per {@value #SPANS_PER_STATEMENT}
 * definitions, two index probes each, never a scan of their history.
 */
public final class AoPeriodAggregates implements PeriodAggregates {

    /**
     * Definitions per read of ranges of their own: a GROUP BY each, joined by UNION ALL, three parameters each, as
     * many branches as a read of where series begin and end.
     */
    static final int RANGES_PER_READ = 250;
    /** The shortest range whose settled days are read from the day totals. */
    static final Duration TOTALS_FROM = Duration.ofDays(28);
    /** Definitions per read of where their points begin and end: a UNION ALL of one small query each. */
    static final int SPANS_PER_STATEMENT = 250;

    private final DataPointSql sql;
    private final DataPoints points;
    private final ReportingZone reportingZone;

    public AoPeriodAggregates(SqlReads database, DataPoints points, ReportingZone reportingZone) {
        this.sql = new DataPointSql(database);
        this.points = points;
        this.reportingZone = reportingZone;
    }

    @Override
    public Map<Integer, List<KpiValue>> of(Collection<StoredDefinition> definitions, Instant from, Instant to, ZoneId zone) {
        Map<Integer, PeriodRollup> rollups = rollups(definitions, zone);
        // Many measures over one window are one GROUP BY of their points by IN; read per measure, as the totals are,
        // a thousand sparse ones took H2 2.6 times as long (docs/benchmarks.md "Persistence")
        Map<Integer, Integer> marks = longEnoughForTotals(from, to) && rollups.size() <= RANGES_PER_READ
                ? sql.marks(rollups.keySet()) : Map.of();
        Map<Integer, PeriodRollup> plain = new HashMap<>(rollups);
        plain.keySet().removeAll(marks.keySet());
        Set<Integer> undated = totalByDay(plain, from, to);
        List<DataPointSql.Range> points = new ArrayList<>();
        List<DataPointSql.Totalled> totalled = new ArrayList<>();
        for (StoredDefinition d : definitions) {
            if (marks.containsKey(d.id())) {
                TotalledWindow.split(d.id(), d.definition().period(), from.toEpochMilli(), to.toEpochMilli(),
                        marks.get(d.id()), reportingZone.zone(), points, totalled);
            }
        }
        undated.addAll(readRanges(points, totalled, rollups));
        Map<Integer, List<KpiValue>> values = new LinkedHashMap<>();
        for (StoredDefinition d : definitions) {
            boolean rolledUp = rollups.containsKey(d.id()) && !undated.contains(d.id());
            values.put(d.id(), rolledUp ? rollups.get(d.id()).values() : streamed(d, from, to, zone));
        }
        return values;
    }

    /** A rollup for each definition whose periods are a function of day totals read in the reporting zone. */
    private Map<Integer, PeriodRollup> rollups(Collection<StoredDefinition> definitions, ZoneId zone) {
        Map<Integer, PeriodRollup> rollups = new HashMap<>();
        for (StoredDefinition d : definitions) {
            if (PeriodRollup.rollsUp(d.definition().aggregation()) && reportingZone.sameDaysAs(zone)) {
                rollups.put(d.id(), new PeriodRollup(d.definition().aggregation(), d.definition().period(),
                        reportingZone.zone()));
            }
        }
        return rollups;
    }

    /**
     * Whether a range is long enough to read its settled days from the day totals: a shorter one reads its points,
     * which cost about what its day totals would, without the read of where the totals end first.
     */
    private static boolean longEnoughForTotals(Instant from, Instant to) {
        return Duration.between(from, to).compareTo(TOTALS_FROM) >= 0;
    }

    /** Feeds the database's day totals to the rollups; returns the definitions that have rows without a day. */
    private Set<Integer> totalByDay(Map<Integer, PeriodRollup> rollups, Instant from, Instant to) {
        Set<Integer> undated = new HashSet<>();
        List<Integer> ids = List.copyOf(rollups.keySet());
        for (int start = 0; start < ids.size(); start += IdLists.MAX_IN) {
            List<Integer> chunk = ids.subList(start, Math.min(ids.size(), start + IdLists.MAX_IN));
            Object[] params = Stream.concat(chunk.stream(), Stream.of(from.toEpochMilli(), to.toEpochMilli()))
                    .toArray();
            sql.read(q -> q.apply("DEFINITION_ID") + " IN (" + "?, ".repeat(chunk.size() - 1) + "?) AND "
                    + inRange(q), params, into(rollups, undated));
        }
        return undated;
    }

    /** Where a row's observation lies in a range given as two parameters, in epoch milliseconds. */
    private static String inRange(Function<String, String> q) {
        return q.apply("OBSERVED_AT_MILLIS") + " >= ? AND " + q.apply("OBSERVED_AT_MILLIS") + " < ?";
    }

    /** Hands each day's totals to its definition's rollup; notes the definitions with rows without a day. */
    private static DataPointSql.Day into(Map<Integer, PeriodRollup> rollups, Set<Integer> undated) {
        return (definitionId, observedDay, count, sum, min, max) -> {
            if (observedDay == null) {
                undated.add(definitionId);
            } else {
                rollups.get(definitionId).addDay(observedDay, count, sum, min, max);
            }
        };
    }

    @Override
    public Map<Integer, List<KpiValue>> inRanges(Map<StoredDefinition, Range> ranges, ZoneId zone) {
        Map<Integer, PeriodRollup> rollups = rollups(ranges.keySet(), zone);
        Map<Integer, Integer> marks = sql.marks(ranges.entrySet().stream()
                .filter(e -> rollups.containsKey(e.getKey().id()) && longEnoughForTotals(e.getValue().from(), e.getValue().to()))
                .map(e -> e.getKey().id()).toList());
        List<DataPointSql.Range> points = new ArrayList<>();
        List<DataPointSql.Totalled> totalled = new ArrayList<>();
        ranges.forEach((d, range) -> {
            if (!rollups.containsKey(d.id())) {
                return;
            }
            long from = range.from().toEpochMilli();
            long to = range.to().toEpochMilli();
            if (marks.containsKey(d.id())) {
                TotalledWindow.split(d.id(), d.definition().period(), from, to, marks.get(d.id()), reportingZone.zone(),
                        points, totalled);
            } else {
                points.add(new DataPointSql.Range(d.id(), from, to));
            }
        });
        Set<Integer> undated = readRanges(points, totalled, rollups);
        Map<Integer, List<KpiValue>> values = new LinkedHashMap<>();
        ranges.forEach((d, range) -> values.put(d.id(), rollups.containsKey(d.id()) && !undated.contains(d.id())
                ? rollups.get(d.id()).values() : streamed(d, range.from(), range.to(), zone)));
        return values;
    }

    /**
     * Reads the ranges of points and the spans of day totals into the rollups, {@value #RANGES_PER_READ} reads per
     * statement; returns the definitions that have rows without a day.
     */
    private Set<Integer> readRanges(List<DataPointSql.Range> points, List<DataPointSql.Totalled> totalled,
                                    Map<Integer, PeriodRollup> rollups) {
        Set<Integer> undated = new HashSet<>();
        int reads = points.size() + totalled.size();
        for (int start = 0; start < reads; start += RANGES_PER_READ) {
            int end = Math.min(reads, start + RANGES_PER_READ);
            sql.readRanges(points.subList(Math.min(start, points.size()), Math.min(end, points.size())),
                    totalled.subList(Math.max(0, start - points.size()), Math.max(0, end - points.size())),
                    into(rollups, undated));
        }
        return undated;
    }

    @Override
    public Map<Integer, Observed> observed(Collection<StoredDefinition> definitions, Instant before, ZoneId zone) {
        Map<StoredDefinition, Instant> bounds = new LinkedHashMap<>();
        definitions.forEach(d -> bounds.put(d, before));
        return observedBefore(bounds, zone);
    }

    @Override
    public Map<Integer, Observed> observedBefore(Map<StoredDefinition, Instant> before, ZoneId zone) {
        Map<Integer, Long> bounds = new LinkedHashMap<>();
        before.forEach((d, bound) -> bounds.putIfAbsent(d.id(), bound.toEpochMilli()));
        Map<Integer, Observed> observed = new HashMap<>();
        List<Integer> ids = List.copyOf(bounds.keySet());
        for (int from = 0; from < ids.size(); from += SPANS_PER_STATEMENT) {
            Map<Integer, Long> chunk = new LinkedHashMap<>();
            ids.subList(from, Math.min(ids.size(), from + SPANS_PER_STATEMENT)).forEach(id -> chunk.put(id, bounds.get(id)));
            sql.spans(chunk, (id, first, last) -> observed.put(id, new Observed(Instant.ofEpochMilli(first),
                    Instant.ofEpochMilli(last))));
        }
        return observed;
    }

    private List<KpiValue> streamed(StoredDefinition d, Instant from, Instant to, ZoneId zone) {
        List<KpiValue> values = new ArrayList<>();
        KpiStream.of(points.inTimeOrder(d.id(), from, to).iterator(), d.definition().aggregation(),
                d.definition().period(), zone).forEachRemaining(values::add);
        return values;
    }
}
