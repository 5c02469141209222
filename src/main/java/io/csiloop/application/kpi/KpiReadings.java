package io.csiloop.application.kpi;

import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.PeriodAggregates;
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
 * moment's period. One aggregation over twice that many periods up to the moment finds it for every measure with a
 * value in the last {@value KpiReading#CHART_WINDOW} periods; a measure quiet for longer is read again over all of
 * its history, so an old value is still the latest (with its period's name), as the snapshots always had it.
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

    public KpiReadings(MeasurementDefinitions definitions, PeriodAggregates aggregates, Clock clock,
            ReportingZone zone) {
        this.definitions = definitions;
        this.aggregates = aggregates;
        this.clock = clock;
        this.zone = zone;
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
     * measure has been quiet for longer than {@value KpiReading#CHART_WINDOW} periods), however many there are.
     */
    public List<MeasureReading> at(List<StoredDefinition> measures, Instant moment, ZoneId zone) {
        Map<Integer, List<KpiValue>> values = new HashMap<>();
        Map<PeriodUnit, List<StoredDefinition>> byUnit = measures.stream().collect(Collectors.groupingBy(
                d -> d.definition().period(), () -> new EnumMap<>(PeriodUnit.class), Collectors.toList()));
        byUnit.forEach((unit, group) -> {
            Period current = Period.containing(unit, moment, zone);
            Instant from = current.plus(1L - 2 * KpiReading.CHART_WINDOW).start();
            values.putAll(aggregates.of(group, from, moment, zone));
            List<StoredDefinition> quiet = group.stream().filter(d -> !readFarEnough(values.get(d.id()), from, moment))
                    .toList();
            if (!quiet.isEmpty()) {
                values.putAll(aggregates.of(quiet, ALL_TIME, moment, zone));
            }
        });
        return measures.stream().map(d -> new MeasureReading(d,
                KpiReading.at(d.definition(), values.getOrDefault(d.id(), List.of()), moment))).toList();
    }

    /**
     * Whether values read from {@code from} hold every period a reading of them at the moment needs: those of the
     * chart window ending with the last complete period (the one in progress is read apart).
     */
    private static boolean readFarEnough(List<KpiValue> values, Instant from, Instant moment) {
        List<KpiValue> complete = values == null ? List.of()
                : values.stream().filter(v -> !v.period().end().isAfter(moment)).toList();
        if (complete.isEmpty()) {
            return false;
        }
        Period latest = complete.get(complete.size() - 1).period();
        return !KpiReading.firstPeriodRead(latest).start().isBefore(from);
    }
}
