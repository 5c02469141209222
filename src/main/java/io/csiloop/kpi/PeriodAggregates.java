package io.csiloop.kpi;


import io.csiloop.kernel.Repository;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The KPI value of every period of many definitions at once, each by its own aggregation and period length:
 * exactly what {@code io.csiloop.kpi.KpiStream} computes over the same stored data points (for sums and
 * averages up to the rounding of adding in another order), only without moving every point out of the
 * database where the database can aggregate.
 */
@Repository
public interface PeriodAggregates {

    /**
     * @param definitions the definitions; their aggregation and period say how to aggregate
     * @param from the first instant of data points included
     * @param to the first instant after them
     * @param zone the zone the periods are read in (the user's)
     * @return per definition id, the values of the periods that have data, in period order; a definition
     *     without data in the range maps to an empty list
     */
    Map<Integer, List<KpiValue>> of(Collection<StoredDefinition> definitions, Instant from, Instant to, ZoneId zone);

    /**
     * The values of each definition's periods in a range of its own, as {@link #of} reads them. A store that can
     * reads them all in one statement; this default asks {@link #of} once per definition.
     */
    default Map<Integer, List<KpiValue>> inRanges(Map<StoredDefinition, Range> ranges, ZoneId zone) {
        Map<Integer, List<KpiValue>> values = new HashMap<>();
        ranges.forEach((d, range) -> values.put(d.id(),
                of(List.of(d), range.from(), range.to(), zone).getOrDefault(d.id(), List.of())));
        return values;
    }

    /**
     * Where each definition's points before {@code before} begin and end: what bounds a read that needs the start of
     * a series or its latest value wherever it lies. A definition without such points is left out. A store that can
     * asks its database for the first and the last instant only; this default reads all the periods and answers the
     * start of the first and of the last (within the same period as the points themselves, which is all a reader of
     * periods needs).
     */
    default Map<Integer, Observed> observed(Collection<StoredDefinition> definitions, Instant before, ZoneId zone) {
        Map<Integer, Observed> observed = new HashMap<>();
        of(definitions, Instant.ofEpochMilli(Long.MIN_VALUE), before, zone).forEach((id, values) -> {
            if (!values.isEmpty()) {
                observed.put(id, new Observed(values.get(0).period().start(),
                        values.get(values.size() - 1).period().start()));
            }
        });
        return observed;
    }

    /**
     * {@link #observed} with a bound of each definition's own: one read for all of them where the store can (readers of
     * measures of several period lengths bound each by the start of its current period). By default one
     * {@link #observed} per distinct bound.
     */
    default Map<Integer, Observed> observedBefore(Map<StoredDefinition, Instant> before, ZoneId zone) {
        Map<Instant, List<StoredDefinition>> byBound = new LinkedHashMap<>();
        before.forEach((d, bound) -> byBound.computeIfAbsent(bound, b -> new ArrayList<>()).add(d));
        Map<Integer, Observed> observed = new HashMap<>();
        byBound.forEach((bound, group) -> observed.putAll(observed(group, bound, zone)));
        return observed;
    }

    /** The instants {@code [from, to)} a read covers. */
    record Range(Instant from, Instant to) {

        public Range {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** The first and the last instant a definition has points at (both included). */
    record Observed(Instant first, Instant last) {

        public Observed {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
        }
    }
}
