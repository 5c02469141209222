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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads measures' {@link KpiReading}s from their stored data points: the one place where "the KPI now" is read, for
 * the panels and the project page, the REST API, the manual snapshot and the stakeholder pack (the scheduled run reads
 * its values itself, for many periods at once, and makes the same reading of them). Periods are read in the reporting
 * zone unless a caller names another; the values come from {@link PeriodAggregates}, so the database aggregates where
 * it can.
 *
 * <p>A reading needs the {@value KpiReading#CHART_WINDOW} periods up to its latest value, the first values of the phase
 * holding the window's first period (its limits are those of its own first periods) and the periods from a go-live no
 * rebase follows (where the chart suggests one): {@link ReadingWindow}. Nothing else is read, so a reading costs the
 * same with a year of history as with twenty, and memory stays bounded by the number of periods, never by the number
 * of data points: the database aggregates them per period.
 *
 * <p>The period containing the moment is in progress ({@link KpiReading#inProgress()}): the reading is that of the
 * last complete period. So a manual snapshot taken mid-month keeps last month's status, and the panel, REST and the
 * pack show this month's value apart.
 */
public final class KpiReadings {

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
     * The readings of the definitions at the moment, in their order, each from the periods it needs
     * ({@link ReadingWindow}): one aggregation over each measure's last {@value KpiReading#CHART_WINDOW} periods and
     * the one under way; then, for all of them at once, one read of where the series begin and end, one
     * aggregation of the baselines of phases begun before that (more only where a baseline has gaps) and one of the periods from an
     * earlier open go-live or a quiet measure's window; and one read of their process changes. However many measures
     * and however long their history, that is a handful of statements, each reading period values, never points.
     */
    public List<MeasureReading> at(List<StoredDefinition> measures, Instant moment, ZoneId zone) {
        Map<Integer, List<KpiValue>> values = new HashMap<>();
        Map<Integer, ProcessChanges> changed = changes.at(measures, moment);
        Map<StoredDefinition, Instant> unbounded = new LinkedHashMap<>();
        Map<Integer, Instant> recentFrom = new HashMap<>();
        Map<StoredDefinition, PeriodAggregates.Range> recent = new LinkedHashMap<>();
        for (StoredDefinition d : measures) {
            // The window of a measure with a value last period, and the period under way: what nearly every reading
            // shows. A quiet measure's window reaches further back; readContinuous reads the rest for all at once.
            Instant from = Period.containing(d.definition().period(), moment, zone).plus(-KpiReading.CHART_WINDOW).start();
            recent.put(d, new PeriodAggregates.Range(from, moment));
            recentFrom.put(d.id(), from);
        }
        values.putAll(aggregates.inRanges(recent, zone));
        for (StoredDefinition d : measures) {
            if (latestComplete(values.get(d.id()), moment)
                    .flatMap(latest -> KpiReading.firstPeriodRead(latest, changesOf(changed, d))).isEmpty()) {
                unbounded.put(d, Period.containing(d.definition().period(), moment, zone).start());
            }
        }
        Map<Integer, PeriodAggregates.Observed> observed = unbounded.isEmpty() ? Map.of()
                : aggregates.observedBefore(unbounded, zone);
        List<ReadingWindow> windows = new ArrayList<>();
        for (StoredDefinition d : measures) {
            Optional<Period> seriesStart = Optional.ofNullable(observed.get(d.id()))
                    .map(o -> Period.containing(d.definition().period(), o.first(), zone));
            Optional<Period> latest = latestComplete(values.get(d.id()), moment).or(() -> Optional
                    .ofNullable(observed.get(d.id())).map(o -> Period.containing(d.definition().period(), o.last(), zone)));
            latest.ifPresent(l -> windows.add(new ReadingWindow(d, l, changesOf(changed, d), seriesStart, zone)));
        }
        windows.forEach(w -> w.add(values.getOrDefault(w.measure().id(), List.of())));
        readBaselines(windows, recentFrom, zone);
        readContinuous(windows, recentFrom, moment, zone);
        windows.forEach(w -> values.put(w.measure().id(), w.values()));
        return measures.stream().map(d -> new MeasureReading(d, KpiReading.at(d.definition(),
                values.getOrDefault(d.id(), List.of()), moment, changesOf(changed, d)))).toList();
    }

    /**
     * Reads the first N values of each phase the windows begin in, where the recent read does not reach back to them:
     * N periods from the phase's start, then (over gaps) twice as many after them, and so on, until N values are found
     * or the reads meet the values read anyway. One aggregation per round for all windows still short.
     */
    private void readBaselines(List<ReadingWindow> windows, Map<Integer, Instant> recentFrom, ZoneId zone) {
        Map<ReadingWindow, Period> next = new HashMap<>();
        for (ReadingWindow w : windows) {
            Instant covered = covered(w, recentFrom);
            if (w.phaseStart().start().isBefore(covered)) {
                next.put(w, w.phaseStart());
            }
        }
        for (int span = 1; !next.isEmpty(); span *= 2) {
            Map<StoredDefinition, PeriodAggregates.Range> ranges = new LinkedHashMap<>();
            Map<ReadingWindow, Period> upTo = new HashMap<>();
            for (Map.Entry<ReadingWindow, Period> e : next.entrySet()) {
                ReadingWindow w = e.getKey();
                Period end = e.getValue().plus((long) span * w.measure().definition().baselinePeriods());
                Instant to = end.start().isBefore(covered(w, recentFrom)) ? end.start() : covered(w, recentFrom);
                ranges.put(w.measure(), new PeriodAggregates.Range(e.getValue().start(), to));
                upTo.put(w, end);
            }
            Map<Integer, List<KpiValue>> read = aggregates.inRanges(ranges, zone);
            Map<ReadingWindow, Period> still = new HashMap<>();
            upTo.forEach((w, end) -> {
                w.add(read.getOrDefault(w.measure().id(), List.of()));
                if (!w.baselineComplete(end.start(), covered(w, recentFrom))) {
                    still.put(w, end);
                }
            });
            next = still;
        }
    }

    /** Reads every value from each window's continuous start up to where the recent read began, where that is earlier. */
    private void readContinuous(List<ReadingWindow> windows, Map<Integer, Instant> recentFrom, Instant moment,
            ZoneId zone) {
        Map<StoredDefinition, PeriodAggregates.Range> ranges = new LinkedHashMap<>();
        for (ReadingWindow w : windows) {
            Instant recent = recentFrom.get(w.measure().id());
            if (w.continuousFrom().isBefore(recent)) {
                ranges.put(w.measure(), new PeriodAggregates.Range(w.continuousFrom(), recent.isAfter(moment) ? moment
                        : recent));
            }
        }
        if (!ranges.isEmpty()) {
            Map<Integer, List<KpiValue>> read = aggregates.inRanges(ranges, zone);
            windows.forEach(w -> w.add(read.getOrDefault(w.measure().id(), List.of())));
        }
    }

    /** From where on the window's values are read anyway: the continuous start, or the recent read's if earlier. */
    private static Instant covered(ReadingWindow w, Map<Integer, Instant> recentFrom) {
        Instant recent = recentFrom.get(w.measure().id());
        return w.continuousFrom().isBefore(recent) ? w.continuousFrom() : recent;
    }

    /**
     * The measures' values per period of the data points observed in {@code [from, to)}, periods read in the reporting
     * zone, oldest first: one aggregation for all of them.
     */
    public Map<Integer, List<KpiValue>> values(List<StoredDefinition> stored, Instant from, Instant to) {
        return aggregates.of(stored, from, to, zone());
    }

    /** The measures' go-lives and approved rebases at the moment, by definition id: one read for all of them. */
    public Map<Integer, ProcessChanges> changes(List<StoredDefinition> stored, Instant moment) {
        return changes.at(stored, moment);
    }

    /** The measure's go-lives and approved rebases at the moment, as its reading takes them. */
    public ProcessChanges changes(StoredDefinition stored, Instant moment) {
        return changesOf(changes.at(List.of(stored), moment), stored);
    }

    private static ProcessChanges changesOf(Map<Integer, ProcessChanges> changed, StoredDefinition d) {
        return changed.getOrDefault(d.id(), ProcessChanges.none());
    }

    /** The period of the latest value complete at the moment among those read; empty without one. */
    private static Optional<Period> latestComplete(List<KpiValue> values, Instant moment) {
        if (values == null) {
            return Optional.empty();
        }
        return values.stream().filter(v -> !v.period().end().isAfter(moment)).reduce((a, b) -> b).map(KpiValue::period);
    }
}
