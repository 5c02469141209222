package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.kpi.KpiStream;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.persistence.entity.DayTotalView;
import net.java.ao.Query;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link PeriodAggregates} over Active Objects. Where the periods are read in the reporting zone and the
 * aggregation rolls up (count, sum, average, min, max), one GROUP BY per 1,000 definitions has the database
 * total each definition's points per {@code OBSERVED_DAY}, and {@link PeriodRollup} makes periods of the days.
 * Otherwise (median, p90, last, another zone, or rows from before the day column was backfilled) the points
 * are streamed in time order through the KPI engine itself.
 */
public final class AoPeriodAggregates implements PeriodAggregates {

    private static final String DAY_TOTALS = "DEFINITION_ID, OBSERVED_DAY, COUNT(ID) AS POINT_COUNT, "
            + "SUM(MEASURED_VALUE) AS VALUE_SUM, MIN(MEASURED_VALUE) AS VALUE_MIN, MAX(MEASURED_VALUE) AS VALUE_MAX";

    private final ActiveObjects ao;
    private final DataPoints points;
    private final ReportingZone reportingZone;

    public AoPeriodAggregates(ActiveObjects ao, DataPoints points, ReportingZone reportingZone) {
        this.ao = ao;
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
        IdLists.inChunks("DEFINITION_ID", rollups.keySet(), (in, ids) -> {
            Object[] params = Stream.concat(Arrays.stream(ids), Stream.of(from.toEpochMilli(), to.toEpochMilli())).toArray();
            Query query = Query.select(DAY_TOTALS)
                    .where(in + " AND OBSERVED_AT_MILLIS >= ? AND OBSERVED_AT_MILLIS < ?", params)
                    .group("DEFINITION_ID, OBSERVED_DAY");
            ao.stream(DayTotalView.class, query, day -> {
                if (day.getObservedDay() == null) {
                    undated.add(day.getDefinitionId());
                } else {
                    rollups.get(day.getDefinitionId()).addDay(day.getObservedDay(), day.getPointCount(),
                            day.getValueSum(), day.getValueMin(), day.getValueMax());
                }
            });
        });
        return undated;
    }

    private List<KpiValue> streamed(StoredDefinition d, Instant from, Instant to, ZoneId zone) {
        List<KpiValue> values = new ArrayList<>();
        KpiStream.of(points.inTimeOrder(d.id(), from, to).iterator(), d.definition().aggregation(),
                d.definition().period(), zone).forEachRemaining(values::add);
        return values;
    }
}
