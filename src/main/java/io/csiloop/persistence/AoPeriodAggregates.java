package io.csiloop.persistence;

import io.csiloop.kpi.KpiStream;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.SqlReads;

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
        Map<Integer, PeriodRollup> rollups = new HashMap<>();
        for (StoredDefinition d : definitions) {
            if (PeriodRollup.rollsUp(d.definition().aggregation()) && reportingZone.sameDaysAs(zone)) {
                rollups.put(d.id(), new PeriodRollup(d.definition().aggregation(), d.definition().period(),
                        reportingZone.zone()));
            }
        }
        Set<Integer> undated = totalByDay(rollups, from, to);
        Map<Integer, List<KpiValue>> values = new LinkedHashMap<>();
        for (StoredDefinition d : definitions) {
            boolean rolledUp = rollups.containsKey(d.id()) && !undated.contains(d.id());
            values.put(d.id(), rolledUp ? rollups.get(d.id()).values() : streamed(d, from, to, zone));
        }
        return values;
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
        Map<Integer, PeriodRollup> rollups = new HashMap<>();
        Map<Integer, Range> byId = new HashMap<>();
        ranges.forEach((d, range) -> {
            byId.put(d.id(), range);
            if (PeriodRollup.rollsUp(d.definition().aggregation()) && reportingZone.sameDaysAs(zone)) {
                rollups.put(d.id(), new PeriodRollup(d.definition().aggregation(), d.definition().period(),
                        reportingZone.zone()));
            }
        });
        Set<Integer> undated = new HashSet<>();
        List<Integer> ids = List.copyOf(rollups.keySet());
        for (int start = 0; start < ids.size(); start += RANGES_PER_READ) {
            sql.readRanges(ids.subList(start, Math.min(ids.size(), start + RANGES_PER_READ)).stream()
                    .map(id -> new DataPointSql.Range(id, byId.get(id).from().toEpochMilli(),
                            byId.get(id).to().toEpochMilli())).toList(), into(rollups, undated));
        }
        Map<Integer, List<KpiValue>> values = new LinkedHashMap<>();
        ranges.forEach((d, range) -> values.put(d.id(), rollups.containsKey(d.id()) && !undated.contains(d.id())
                ? rollups.get(d.id()).values() : streamed(d, range.from(), range.to(), zone)));
        return values;
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
