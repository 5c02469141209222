package io.csiloop.jira.automation.web;

import io.csiloop.automation.AutomationSettings;
import io.csiloop.automation.AutomationSettingsService;
import io.csiloop.automation.DefinitionAutomationService;
import io.csiloop.automation.OverdueMeasurement;
import io.csiloop.automation.OverdueMeasurements;
import io.csiloop.automation.ProjectSettings;
import io.csiloop.automation.RunScope;
import io.csiloop.automation.SettingsStore;
import io.csiloop.automation.StoredAutomation;
import io.csiloop.lifecycle.MessageSource;
import io.csiloop.port.ProjectRef;
import io.csiloop.store.MeasurementDefinitions;

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
