package io.csiloop.application.automation;

import io.csiloop.measure.StoredDefinition;

import java.util.List;
import java.util.Optional;

/**
 * A project's automation as its settings page shows it.
 *
 * @param own the project's own settings
 * @param global the global settings, which it follows where it sets nothing of its own
 * @param lastRun the latest run that covered the project: of its own job or one asked for, or of the global job while
 *     the project has no schedule of its own
 * @param measurements every measurement of the project, in the store's order
 */
public record ProjectAutomation(ProjectSettings own, AutomationSettings global, Optional<LastRun> lastRun,
        List<Measurement> measurements) {

    public ProjectAutomation {
        measurements = List.copyOf(measurements);
    }

    /** The settings in force for the project. */
    public AutomationSettings effective() {
        return global.with(own);
    }

    /**
     * One measurement of the project.
     *
     * @param definition the measurement
     * @param automation its automation; null when none is configured
     * @param overdue the period a measurement fed by hand has no value for; null when it is not overdue
     */
    public record Measurement(StoredDefinition definition, StoredAutomation automation, OverdueMeasurement overdue) {
    }
}
