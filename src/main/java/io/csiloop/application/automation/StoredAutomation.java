package io.csiloop.application.automation;

import java.time.Instant;

/**
 * A definition's automation as stored, with its progress.
 *
 * @param automation the configuration
 * @param progress where its collection stands
 * @param updatedAt when the configuration was last saved
 */
public record StoredAutomation(DefinitionAutomation automation, AutomationProgress progress, Instant updatedAt) {
}
