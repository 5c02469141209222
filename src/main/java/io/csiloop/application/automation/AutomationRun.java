package io.csiloop.application.automation;

import io.csiloop.kpi.DayTotals;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.ClusterLocks;
import io.csiloop.port.ProjectDirectory;
import io.csiloop.port.ProjectRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One run of the scheduled job over a {@link RunScope}: for each project with measurements, under the project's
 * cluster lock, every definition's due periods are collected, snapshotted and their signals raised
 * ({@link ProjectRun}). A project whose lock another run holds (another node, or a run of another scope) is left to
 * that run. Running again for the same periods finds them complete and does nothing twice. Last, still under the
 * lock, the project's settled days are totalled for the reads of long windows ({@link DayTotals}).
 */
public final class AutomationRun {

    private static final Logger LOG = LoggerFactory.getLogger(AutomationRun.class);

    /** How many failures a summary lists; the rest are counted. */
    static final int ERRORS_LISTED = 5;

    private final ProjectDirectory directory;
    private final SettingsStore settings;
    private final MeasurementDefinitions definitions;
    private final ClusterLocks locks;
    private final ProjectRun projectRun;
    private final DayTotals dayTotals;
    private final Clock clock;
    private final ReportingZone reportingZone;

    public AutomationRun(ProjectDirectory directory, SettingsStore settings, MeasurementDefinitions definitions,
            ClusterLocks locks, ProjectRun projectRun, DayTotals dayTotals, Clock clock, ReportingZone reportingZone) {
        this.directory = directory;
        this.settings = settings;
        this.definitions = definitions;
        this.locks = locks;
        this.projectRun = projectRun;
        this.dayTotals = dayTotals;
        this.clock = clock;
        this.reportingZone = reportingZone;
    }

    public RunSummary run(RunScope scope) {
        Instant now = clock.instant();
        AutomationSettings global = settings.globalOrDefaults(reportingZone.zone());
        Map<Long, ProjectSettings> own = settings.projects().stream()
                .collect(Collectors.toMap(ProjectSettings::projectId, Function.identity()));
        int projects = 0;
        int skipped = 0;
        int seen = 0;
        int periods = 0;
        int raised = 0;
        List<String> errors = new ArrayList<>();
        for (long projectId : projectIds(scope, own)) {
            List<StoredDefinition> measures = definitions.ofProject(projectId);
            if (measures.isEmpty()) {
                continue;
            }
            Optional<ClusterLocks.HeldLock> lock = locks.tryAcquire(RunScope.lockName(projectId));
            if (lock.isEmpty()) {
                skipped++;
                continue;
            }
            try (ClusterLocks.HeldLock held = lock.get()) {
                ProjectSettings mine = own.getOrDefault(projectId, ProjectSettings.inheriting(projectId));
                ProjectRun.Outcome outcome = projectRun.run(projectId, measures, global.with(mine), now);
                projects++;
                seen += outcome.definitions();
                periods += outcome.periodsCompleted();
                raised += outcome.issuesRaised();
                errors.addAll(outcome.errors());
                rollDayTotals(projectId, measures, now).ifPresent(errors::add);
            }
        }
        RunSummary summary = new RunSummary(projects, skipped, seen, periods, raised, errors.size(),
                errors.subList(0, Math.min(ERRORS_LISTED, errors.size())));
        try {
            settings.recordRun(scope, now, summary.describe());
        } catch (RuntimeException e) {
            // The run's work is committed; only its note for the administration page is lost.
            LOG.warn("CSI Loop automation: could not record the run of {}: {}", scope, summary.describe(), e);
        }
        return summary;
    }

    /**
     * Totals the settled days of the project's measures, after its periods are complete (a failure here loses no
     * data: the reads total those days from the points until a later run succeeds).
     */
    private Optional<String> rollDayTotals(long projectId, List<StoredDefinition> measures, Instant now) {
        try {
            dayTotals.rollForward(measures, now);
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("CSI Loop automation: could not total the days of project {}", projectId, e);
            return Optional.of("project " + projectId + ": day totals: " + e.getMessage());
        }
    }

    /** The global scope covers every project without a schedule of its own; a project scope, that project. */
    private List<Long> projectIds(RunScope scope, Map<Long, ProjectSettings> own) {
        if (!scope.global()) {
            return List.of(scope.projectId());
        }
        return directory.all().stream().map(ProjectRef::id)
                .filter(id -> own.get(id) == null || own.get(id).schedule() == null).toList();
    }
}
