package io.csiloop.application.automation;

import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.port.AccessDenied;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a project's automation in one piece for its settings page: the settings, the last run and every measurement
 * with its automation or the period it is overdue for. Needs "Administer Projects" on the project.
 */
public final class ProjectAutomations {

    private final AutomationSettingsService settings;
    private final DefinitionAutomationService automations;
    private final OverdueMeasurements overdue;
    private final MeasurementDefinitions definitions;

    public ProjectAutomations(AutomationSettingsService settings, DefinitionAutomationService automations,
            OverdueMeasurements overdue, MeasurementDefinitions definitions) {
        this.settings = settings;
        this.automations = automations;
        this.overdue = overdue;
        this.definitions = definitions;
    }

    /** @throws AccessDenied unless the current user may administer the project */
    public ProjectAutomation of(long projectId) {
        ProjectSettings own = settings.project(projectId);
        Map<Integer, StoredAutomation> configured = automations.ofProject(projectId).stream()
                .collect(Collectors.toMap(a -> a.automation().definitionId(), Function.identity()));
        Map<Integer, OverdueMeasurement> late = overdue.ofProject(projectId).stream()
                .collect(Collectors.toMap(o -> o.definition().id(), Function.identity()));
        return new ProjectAutomation(own, settings.global(), lastRun(projectId, own), definitions.ofProject(projectId)
                .stream().map(d -> new ProjectAutomation.Measurement(d, configured.get(d.id()), late.get(d.id())))
                .toList());
    }

    /**
     * The project's last run: of its own job (or a run asked for), or of the global job when that covers it (no
     * schedule of its own), whichever is later.
     */
    private Optional<LastRun> lastRun(long projectId, ProjectSettings own) {
        Optional<LastRun> global = own.schedule() == null ? settings.lastRun(RunScope.GLOBAL) : Optional.empty();
        return Stream.of(settings.lastRun(RunScope.project(projectId)), global)
                .flatMap(Optional::stream).max(Comparator.comparing(LastRun::at));
    }
}
