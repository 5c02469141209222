package io.csiloop.application.kpi;

import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads measures' {@link KpiReading}s from their stored data points: the one place where "the KPI now" is read, for
 * the panels and the project page, the REST API, the manual snapshot and the stakeholder pack (the scheduled run reads
 * its values itself, for many periods at once, and makes the same reading of them). Periods are read in the reporting
 * zone unless a caller names another; the values come from {@link PeriodAggregates}, so the database aggregates where
 * it can.
 *
 * <p>A reading needs the {@value KpiReading#CHART_WINDOW} periods up to its latest value, which may lie before the
 * moment's period, and before them the periods of the phase that holds the window's first period, from the start of
 * that phase ({@link KpiReading#firstPeriodRead(Period, ProcessChanges)}): its limits are those of its own first
 * periods. One aggregation over twice the window up to the moment finds the latest value of every measure with a
 * value in the last {@value KpiReading#CHART_WINDOW} periods; a measure whose phase began earlier (or that has no
 * rebase, so that its phase is the one its series began with) or that has been quiet for longer is read again from
 * that phase's start (or over all of its history). Memory stays bounded by the number of periods, never by the
 * number of data points: the database aggregates them per period.
 *
 * <p>The period containing the moment is in progress ({@link KpiReading#inProgress()}): the reading is that of the
 * last complete period. So a manual snapshot taken mid-month keeps last month's status, and the panel, REST and the
 * pack show this month's value apart.
 */
public final class KpiReadings {

    private static final Instant ALL_TIME = Instant.ofEpochMilli(Long.MIN_VALUE);

    private final MeasurementDefinitions definitions;
    private final PeriodAggregates aggregates;
    private final Clock clock;
    private final ReportingZone zone;
    private final MeasureChanges changes;

    public KpiReadings(MeasurementDefinitions definitions, PeriodAggregates aggregates, Clock clock,
            ReportingZone zone, MeasureChanges changes) {
        this.definitions = definitions;
        this.aggregates = aggregates;
        this.clock = clock;
        this.zone = zone;
        this.changes = changes;
    }

    /** The zone periods are read in unless a caller names another: the reporting zone. */
    public ZoneId zone() {
        return zone.zone();
    }

    /** The readings of the project's measures now, ordered by measurement key. */
    public List<MeasureReading> ofProject(long projectId) {
        return at(definitions.ofProject(projectId), clock.instant(), zone());
    }

    /** The readings of the measures the improvement owns now. */
    public List<MeasureReading> ofImprovement(long issueId) {
        return ofImprovement(issueId, clock.instant());
    }

    /** The readings of the measures the improvement owns at the moment. */
    public List<MeasureReading> ofImprovement(long issueId, Instant moment) {
        return at(definitions.ofImprovement(issueId), moment, zone());
    }

    /** The measure's reading at the moment, its periods read in the zone (null: the reporting zone). */
    public KpiReading of(StoredDefinition stored, Instant moment, ZoneId zone) {
        return at(List.of(stored), moment, zone == null ? zone() : zone).get(0).reading();
    }

    /**
     * The measure's values per period of the data points observed in {@code [from, to)}, periods read in the zone
     * (null: the reporting zone), oldest first.
     */
    public List<KpiValue> values(StoredDefinition stored, Instant from, Instant to, ZoneId zone) {
        return aggregates.of(List.of(stored), from, to, zone == null ? zone() : zone)
                .getOrDefault(stored.id(), List.of());
    }

    /**
     * The readings of the definitions at the moment, in their order: one aggregation per period length (two where a
     * measure's earliest phase shown began before the last twice {@value KpiReading#CHART_WINDOW} periods or it has
     * been quiet for longer), however many there are, and one read of their process changes.
     */
    public List<MeasureReading> at(List<StoredDefinition> measures, Instant moment, ZoneId zone) {
        Map<Integer, List<KpiValue>> values = new HashMap<>();
        Map<Integer, ProcessChanges> changed = changes.at(measures, moment);
        Map<PeriodUnit, List<StoredDefinition>> byUnit = measures.stream().collect(Collectors.groupingBy(
                d -> d.definition().period(), () -> new EnumMap<>(PeriodUnit.class), Collectors.toList()));
        byUnit.forEach((unit, group) -> {
            Period current = Period.containing(unit, moment, zone);
            Instant from = current.plus(1L - 2 * KpiReading.CHART_WINDOW).start();
            values.putAll(aggregates.of(group, from, moment, zone));
            Map<StoredDefinition, Instant> further = new HashMap<>();
            for (StoredDefinition d : group) {
                Instant needed = firstInstantRead(values.get(d.id()), changesOf(changed, d), moment);
                if (needed.isBefore(from)) {
                    further.put(d, needed);
                }
            }
            if (!further.isEmpty()) {
                // One more aggregation for all of them, from the earliest start any of them needs.
                Instant earliest = further.values().stream().min(Instant::compareTo).orElseThrow();
                values.putAll(aggregates.of(List.copyOf(further.keySet()), earliest, moment, zone));
            }
        });
        return measures.stream().map(d -> new MeasureReading(d, KpiReading.at(d.definition(),
                values.getOrDefault(d.id(), List.of()), moment, changesOf(changed, d)))).toList();
    }

    /** The measure's go-lives and approved rebases at the moment, as its reading takes them. */
    public ProcessChanges changes(StoredDefinition stored, Instant moment) {
        return changesOf(changes.at(List.of(stored), moment), stored);
    }

    private static ProcessChanges changesOf(Map<Integer, ProcessChanges> changed, StoredDefinition d) {
        return changed.getOrDefault(d.id(), ProcessChanges.none());
    }

    /**
     * The first instant a reading of the values at the moment needs read: the start of the phase holding the chart
     * window that ends with the last complete period (the one in progress is read apart); all of time when that is
     * the phase the series began with, or when the values read hold no complete period (the latest may be older).
     */
    private static Instant firstInstantRead(List<KpiValue> values, ProcessChanges changes, Instant moment) {
        List<KpiValue> complete = values == null ? List.of()
                : values.stream().filter(v -> !v.period().end().isAfter(moment)).toList();
        if (complete.isEmpty()) {
            return ALL_TIME;
        }
        Period latest = complete.get(complete.size() - 1).period();
        return KpiReading.firstPeriodRead(latest, changes).map(Period::start).orElse(ALL_TIME);
    }
}
