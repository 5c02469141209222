package io.csiloop.view.automation;

import io.csiloop.application.automation.AutomationSettings;
import io.csiloop.application.automation.ProjectSettings;
import io.csiloop.application.automation.RunSchedule;
import io.csiloop.application.automation.SettingsInput;
import io.csiloop.kernel.MessageSource;
import io.csiloop.port.ProjectRef;

import java.util.List;

/**
 * What a project's automation page shows: its own settings beside the global ones it would inherit, its last run and
 * a row per measurement. Getters on the Velocity allowlist; every value is escaped by Jira.
 */
public final class ProjectAutomationPage {

    private final ProjectRef project;
    private final ProjectSettings own;
    private final AutomationSettings global;
    private final String lastRun;
    private final List<DefinitionRow> definitions;
    private final MessageSource messages;

    public ProjectAutomationPage(ProjectRef project, ProjectSettings own, AutomationSettings global, String lastRun,
            List<DefinitionRow> definitions, MessageSource messages) {
        this.project = project;
        this.own = own;
        this.global = global;
        this.lastRun = lastRun;
        this.definitions = List.copyOf(definitions);
        this.messages = messages;
    }

    public String getProjectKey() {
        return project.key();
    }

    public String getProjectName() {
        return project.name();
    }

    /** {@code INHERIT}, {@code INTERVAL} or {@code CRON}. */
    public String getSchedule() {
        return own.schedule() == null ? SettingsInput.INHERIT : own.schedule().kind().name();
    }

    public String getIntervalMinutes() {
        return own.schedule() == null || own.schedule().intervalMinutes() == null ? ""
                : own.schedule().intervalMinutes().toString();
    }

    public String getCron() {
        return own.schedule() == null || own.schedule().cron() == null ? "" : own.schedule().cron();
    }

    /** The project's own zone, empty when it follows the global one. */
    public String getTimeZone() {
        return own.zone() == null ? "" : own.zone().getId();
    }

    /** {@code INHERIT}, {@code true} or {@code false}. */
    public String getAutoRaise() {
        return own.autoRaise() == null ? SettingsInput.INHERIT : own.autoRaise().toString();
    }

    /** The global schedule in words, for the "as the global settings" option. */
    public String getGlobalSchedule() {
        RunSchedule schedule = global.schedule();
        return schedule.kind() == RunSchedule.Kind.INTERVAL
                ? messages.text("csiloop.automation.schedule.every", List.of(schedule.intervalMinutes()))
                : messages.text("csiloop.automation.schedule.cron", List.of(schedule.cron()));
    }

    public String getGlobalTimeZone() {
        return global.zone().getId();
    }

    public String getGlobalAutoRaise() {
        return messages.text(global.autoRaise() ? "csiloop.automation.on" : "csiloop.automation.off", List.of());
    }

    public String getLastRun() {
        return lastRun;
    }

    public List<DefinitionRow> getDefinitions() {
        return definitions;
    }

    /** Whether the project has no measurements (so the template calls no method of a JDK list). */
    public boolean isEmpty() {
        return definitions.isEmpty();
    }

    /** Where the settings form saves them: the REST API's resource, below its base ({@code CSILoop.api}). */
    public String getSettingsPath() {
        return automationPath(project.id()) + "/settings";
    }

    /** Where "Run now" asks for a run of the project, below the REST API's base. */
    public String getRunPath() {
        return automationPath(project.id()) + "/run";
    }

    /** The REST API's resource of a project's automation, below its base (the project by id: no key to encode). */
    static String automationPath(long projectId) {
        return "projects/" + projectId + "/automation";
    }
}
