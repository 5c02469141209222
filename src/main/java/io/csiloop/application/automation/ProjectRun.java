package io.csiloop.application.automation;

import io.csiloop.application.gate.ImprovementCycles;
import io.csiloop.application.kpi.MeasureChanges;
import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.PeriodAggregates;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.StoredDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One project's part of a run, under the project's cluster lock. What every definition needs is read for all of
 * them at once: their configurations, their completed periods (one statement per 1,000 definitions) and their
 * stored KPI values (one aggregation per period length). A definition that fails is recorded and skipped; the
 * others go on, and the next run retries it.
 */
public final class ProjectRun {

    private static final Instant ALL_TIME = Instant.ofEpochMilli(Long.MIN_VALUE);
    private static final Logger LOG = LoggerFactory.getLogger(ProjectRun.class);

    private final DefinitionAutomations automations;
    private final CompletedPeriods ledger;
    private final PeriodAggregates aggregates;
    private final ImprovementCycles cycles;
    private final DefinitionRun definitionRun;
    private final MeasureChanges changes;

    public ProjectRun(DefinitionAutomations automations, CompletedPeriods ledger, PeriodAggregates aggregates,
            ImprovementCycles cycles, DefinitionRun definitionRun, MeasureChanges changes) {
        this.changes = changes;
        this.automations = automations;
        this.ledger = ledger;
        this.aggregates = aggregates;
        this.cycles = cycles;
        this.definitionRun = definitionRun;
    }

    /**
     * What one project's run did.
     *
     * @param errors one line per failed definition
     */
    public record Outcome(int definitions, int periodsCompleted, int issuesRaised, List<String> errors) {
    }

    /** Runs the project's definitions (as just read) with the settings in force for it. */
    public Outcome run(long projectId, List<StoredDefinition> definitions, AutomationSettings settings, Instant now) {
        Map<Integer, StoredAutomation> configured = configurations(projectId, definitions);
        Map<Integer, PeriodWindow> windows = new HashMap<>();
        for (StoredDefinition d : definitions) {
            windows.put(d.id(), PeriodWindow.of(d, automationOf(configured.get(d.id())), settings.zone(), now));
        }
        Instant earliest = windows.values().stream().map(w -> w.first().start()).min(Instant::compareTo).orElse(now);
        Map<Integer, Set<Instant>> completed = ledger.completedSince(definitions.stream().collect(
                Collectors.toMap(StoredDefinition::id, d -> d.definition().period())), earliest);
        // Only definitions with a period due or signals to watch read their values: a run with nothing to do stays cheap.
        List<StoredDefinition> reading = definitions.stream().filter(d -> windows.get(d.id()).periods().stream()
                .anyMatch(p -> !completed.getOrDefault(d.id(), Set.of()).contains(p.start()))
                || watchesSignals(configured.get(d.id()), settings)).toList();
        Map<Integer, ProcessChanges> changed = changes.at(reading, now);
        Map<Integer, List<KpiValue>> values = storedValues(reading, windows, changed, settings);
        Map<Long, Integer> cycleOf = new HashMap<>();
        int periods = 0;
        int raised = 0;
        List<String> errors = new ArrayList<>();
        for (StoredDefinition d : definitions) {
            StoredAutomation stored = configured.get(d.id());
            DefinitionAutomation automation = automationOf(stored);
            try {
                int cycle = d.ownership().improvementIssueId() == null ? 1 : cycleOf.computeIfAbsent(
                        d.ownership().improvementIssueId(), issue -> cycles.current(issue).number());
                DefinitionRun.Outcome outcome = definitionRun.run(new DefinitionRun.Input(d, automation,
                        stored == null ? AutomationProgress.NONE : stored.progress(), settings,
                        values.getOrDefault(d.id(), List.of()),
                        changed.getOrDefault(d.id(), ProcessChanges.none()), completed.getOrDefault(d.id(), Set.of()), cycle, now));
                periods += outcome.periodsCompleted();
                raised += outcome.issuesRaised();
                if (outcome.raiseFailure() != null) {
                    errors.add(failed(projectId, d, automation, outcome.raiseFailure(), now));
                }
            } catch (RuntimeException e) {
                errors.add(failed(projectId, d, automation, e, now));
            }
        }
        return new Outcome(definitions.size(), periods, raised, errors);
    }

    /** The project's configurations by definition; those of deleted definitions are removed on the way. */
    private Map<Integer, StoredAutomation> configurations(long projectId, List<StoredDefinition> definitions) {
        Set<Integer> ids = definitions.stream().map(StoredDefinition::id).collect(Collectors.toSet());
        Map<Integer, StoredAutomation> configured = automations.ofProject(projectId).stream()
                .collect(Collectors.toMap(a -> a.automation().definitionId(), Function.identity()));
        List<Integer> orphans = configured.keySet().stream().filter(id -> !ids.contains(id)).toList();
        if (!orphans.isEmpty()) {
            automations.removeAll(orphans);
        }
        return configured;
    }

    /**
     * The stored values each definition's snapshots and signals read: from the first period that the reading of its
     * window's first period looks at ({@link KpiReading#firstPeriodRead(Period, ProcessChanges)}: the start of the
     * phase it shows, the series' start without a rebase) to the end of its window, aggregated per period length in
     * the settings' zone.
     */
    private Map<Integer, List<KpiValue>> storedValues(List<StoredDefinition> definitions,
            Map<Integer, PeriodWindow> windows, Map<Integer, ProcessChanges> changed, AutomationSettings settings) {
        Map<PeriodUnit, List<StoredDefinition>> byUnit = definitions.stream()
                .collect(Collectors.groupingBy(d -> d.definition().period()));
        Map<Integer, List<KpiValue>> values = new HashMap<>();
        byUnit.forEach((unit, group) -> {
            List<PeriodWindow> groupWindows = group.stream().map(d -> windows.get(d.id())).toList();
            Instant from = group.stream().map(d -> KpiReading.firstPeriodRead(windows.get(d.id()).first(),
                    changed.getOrDefault(d.id(), ProcessChanges.none())).map(Period::start).orElse(ALL_TIME))
                    .min(Instant::compareTo).orElseThrow();
            Instant to = groupWindows.stream().map(w -> w.last().end()).max(Instant::compareTo).orElseThrow();
            values.putAll(aggregates.of(group, from, to, settings.zone()));
        });
        return values;
    }

    private static boolean watchesSignals(StoredAutomation stored, AutomationSettings settings) {
        return settings.autoRaise() && stored != null && stored.automation().raising().active();
    }

    private static DefinitionAutomation automationOf(StoredAutomation stored) {
        return stored == null ? null : stored.automation();
    }

    /** Logs the failure, records it on the definition's progress when it has one, and returns its line. */
    private String failed(long projectId, StoredDefinition d, DefinitionAutomation automation, RuntimeException e,
            Instant now) {
        String error = d.definition().key() + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        LOG.warn("CSI Loop automation: measurement {} (id {}) of project {} failed; the next run retries it",
                d.definition().key(), d.id(), projectId, e);
        if (automation != null) {
            try {
                automations.failed(d.id(), error, now);
            } catch (RuntimeException recording) {
                LOG.warn("CSI Loop automation: could not record the failure of measurement {}", d.id(), recording);
            }
        }
        return error;
    }
}
