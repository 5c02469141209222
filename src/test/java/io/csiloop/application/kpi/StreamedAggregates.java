package io.csiloop.application.kpi;

import io.csiloop.kpi.KpiStream;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link PeriodAggregates} over data points held in memory, aggregated by the KPI engine itself as the store does
 * where the database cannot: for tests of what reads the KPI. Remembers every range it was asked for.
 */
public final class StreamedAggregates implements PeriodAggregates {

    /** One aggregation asked for. */
    public record Asked(List<Integer> definitionIds, Instant from, Instant to, ZoneId zone) {
    }

    private final Map<Integer, List<DataPoint>> points = new HashMap<>();
    private final List<Asked> asked = new ArrayList<>();

    /** Adds a data point of the definition. */
    public StreamedAggregates add(int definitionId, Instant observedAt, double value) {
        points.computeIfAbsent(definitionId, id -> new ArrayList<>()).add(new DataPoint(observedAt, value));
        return this;
    }

    /** The aggregations asked for so far, in order. */
    public List<Asked> asked() {
        return List.copyOf(asked);
    }

    /**
     * Where each definition's points before {@code before} begin and end, as the store's database answers it (not
     * an aggregation: not remembered in {@link #asked()}).
     */
    @Override
    public Map<Integer, Observed> observed(Collection<StoredDefinition> definitions, Instant before, ZoneId zone) {
        Map<Integer, Observed> observed = new HashMap<>();
        for (StoredDefinition d : definitions) {
            List<Instant> at = points.getOrDefault(d.id(), List.of()).stream().map(DataPoint::observedAt)
                    .filter(i -> i.isBefore(before)).sorted().toList();
            if (!at.isEmpty()) {
                observed.put(d.id(), new Observed(at.get(0), at.get(at.size() - 1)));
            }
        }
        return observed;
    }

    @Override
    public Map<Integer, List<KpiValue>> of(Collection<StoredDefinition> definitions, Instant from, Instant to,
            ZoneId zone) {
        asked.add(new Asked(definitions.stream().map(StoredDefinition::id).toList(), from, to, zone));
        Map<Integer, List<KpiValue>> values = new LinkedHashMap<>();
        for (StoredDefinition d : definitions) {
            List<DataPoint> inRange = points.getOrDefault(d.id(), List.of()).stream()
                    .filter(p -> !p.observedAt().isBefore(from) && p.observedAt().isBefore(to))
                    .sorted(Comparator.comparing(DataPoint::observedAt)).toList();
            List<KpiValue> list = new ArrayList<>();
            KpiStream.of(inRange, d.definition(), zone).forEachRemaining(list::add);
            values.put(d.id(), list);
        }
        return values;
    }
}
