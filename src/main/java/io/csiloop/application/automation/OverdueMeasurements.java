package io.csiloop.application.automation;

import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which measurements fed by hand are overdue: their latest closed period (in the project's automation time zone)
 * ended after they were created and has no data point. JQL measurements are never overdue here: the job collects
 * them. For the scorecard, the issue panel and REST: {@link #ofProject} answers for a whole project in one
 * aggregation per period length, {@link #isOverdue} for one measurement.
 */
public final class OverdueMeasurements {

    private final MeasurementDefinitions definitions;
    private final PeriodAggregates aggregates;
    private final SettingsStore settings;
    private final Clock clock;
    private final ZoneId reportingZone;

    public OverdueMeasurements(MeasurementDefinitions definitions, PeriodAggregates aggregates, SettingsStore settings,
            Clock clock, ReportingZone reportingZone) {
        this.definitions = definitions;
        this.aggregates = aggregates;
        this.settings = settings;
        this.clock = clock;
        this.reportingZone = reportingZone.zone();
    }

    /** The project's overdue measurements, ordered by key. The caller checks the user may browse the project. */
    public List<OverdueMeasurement> ofProject(long projectId) {
        return overdue(definitions.ofProject(projectId), projectId);
    }

    /** Whether the measurement is overdue now. */
    public boolean isOverdue(StoredDefinition definition) {
        return !overdue(List.of(definition), definition.projectId()).isEmpty();
    }

    private List<OverdueMeasurement> overdue(List<StoredDefinition> measures, long projectId) {
        ZoneId zone = settings.effective(projectId, reportingZone).zone();
        Instant now = clock.instant();
        List<StoredDefinition> due = measures.stream().filter(d -> handFed(d.definition().source()))
                .filter(d -> d.createdAt().isBefore(PeriodWindow.latestClosed(d, zone, now).end())).toList();
        Map<PeriodUnit, List<StoredDefinition>> byUnit = due.stream()
                .collect(Collectors.groupingBy(d -> d.definition().period()));
        List<OverdueMeasurement> overdue = new ArrayList<>();
        byUnit.forEach((unit, group) -> {
            Period period = PeriodWindow.latestClosed(group.get(0), zone, now);
            Map<Integer, List<KpiValue>> values = aggregates.of(group, period.start(), period.end(), zone);
            group.stream().filter(d -> values.getOrDefault(d.id(), List.of()).isEmpty())
                    .forEach(d -> overdue.add(new OverdueMeasurement(d, period)));
        });
        overdue.sort((a, b) -> a.definition().definition().key().compareTo(b.definition().definition().key()));
        return overdue;
    }

    private static boolean handFed(MeasurementSource source) {
        return source == MeasurementSource.MANUAL || source == MeasurementSource.CSV;
    }
}
