package io.csiloop.application.automation;

import java.time.Instant;

/**
 * The last run of a scope, as {@link SettingsStore} keeps it.
 *
 * @param at when it ran
 * @param summary what it did
 */
public record LastRun(Instant at, String summary) {
}
