package io.csiloop.view.automation;

import io.csiloop.application.automation.AutomationSettings;
import io.csiloop.application.automation.AutomationSettingsService;
import io.csiloop.application.automation.DefinitionAutomationService;
import io.csiloop.application.automation.OverdueMeasurement;
import io.csiloop.application.automation.OverdueMeasurements;
import io.csiloop.application.automation.ProjectSettings;
import io.csiloop.application.automation.RunScope;
import io.csiloop.application.automation.SettingsStore;
import io.csiloop.application.automation.StoredAutomation;
import io.csiloop.kernel.MessageSource;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.port.ProjectRef;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Assembles a project's automation page from the services, which check that the current user may administer the
 * project ({@link io.csiloop.port.AccessDenied} otherwise).
 */
public final class ProjectAutomationPages {

    private final MeasurementDefinitions definitions;
    private final AutomationSettingsService settings;
    private final DefinitionAutomationService automations;
    private final OverdueMeasurements overdue;
    private final MessageSource messages;

    public ProjectAutomationPages(MeasurementDefinitions definitions, AutomationSettingsService settings,
            DefinitionAutomationService automations, OverdueMeasurements overdue, MessageSource messages) {
        this.definitions = definitions;
        this.settings = settings;
        this.automations = automations;
        this.overdue = overdue;
        this.messages = messages;
    }

    public ProjectAutomationPage page(ProjectRef project) {
        ProjectSettings own = settings.project(project.id());
        AutomationSettings global = settings.global();
        AutomationSettings effective = global.with(own);
        Map<Integer, StoredAutomation> configured = automations.ofProject(project.id()).stream()
                .collect(Collectors.toMap(a -> a.automation().definitionId(), Function.identity()));
        Map<Integer, OverdueMeasurement> late = overdue.ofProject(project.id()).stream()
                .collect(Collectors.toMap(o -> o.definition().id(), Function.identity()));
        var rows = definitions.ofProject(project.id()).stream().map(d -> new DefinitionRow(d, configured.get(d.id()),
                late.get(d.id()), effective.zone(), messages)).toList();
        return new ProjectAutomationPage(project, own, global, Times.lastRun(lastRun(project, own), effective.zone(), messages),
                rows, messages);
    }

    /**
     * The project's last run: of its own job (or a run asked for), or of the global job when that covers it (no
     * schedule of its own), whichever is later.
     */
    private Optional<SettingsStore.LastRun> lastRun(ProjectRef project, ProjectSettings own) {
        Optional<SettingsStore.LastRun> global = own.schedule() == null ? settings.lastRun(RunScope.GLOBAL) : Optional.empty();
        return Stream.of(settings.lastRun(RunScope.project(project.id())), global)
                .flatMap(Optional::stream).max(Comparator.comparing(SettingsStore.LastRun::at));
    }
}
