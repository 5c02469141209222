package io.csiloop.application.automation;

import io.csiloop.kernel.Repository;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** The stored automation settings: the global ones and each project's, with the last run of each scope. */
@Repository
public interface SettingsStore {

    /** The global settings, if an administrator saved any. */
    Optional<AutomationSettings> global();

    /** The project's own settings; a project that never saved any inherits everything. */
    ProjectSettings project(long projectId);

    /** Every project that saved settings of its own, in project id order. */
    List<ProjectSettings> projects();

    void saveGlobal(AutomationSettings settings, String actorKey, Instant at);

    void saveProject(ProjectSettings settings, String actorKey, Instant at);

    /** Remembers the last run of a scope. */
    void recordRun(RunScope scope, Instant at, String summary);

    /** The global settings, or the defaults before an administrator saved any. */
    default AutomationSettings globalOrDefaults(ZoneId reportingZone) {
        return global().orElseGet(() -> AutomationSettings.defaults(reportingZone));
    }

    /** The settings in force for the project: the global ones with the project's own. */
    default AutomationSettings effective(long projectId, ZoneId reportingZone) {
        return globalOrDefaults(reportingZone).with(project(projectId));
    }

    /** When the scope last ran and what it did. */
    Optional<LastRun> lastRun(RunScope scope);
}
