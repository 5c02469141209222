package io.csiloop.application.automation;

import java.time.Instant;

/**
 * How far a definition's collection has got, for the administrator: of the periods in its window, how many are
 * complete, and the last error, if the last attempt failed.
 *
 * @param done completed periods of the window
 * @param total periods in the window
 * @param lastError why the last attempt failed, or null when it succeeded
 * @param lastErrorAt when it failed, or null
 * @param lastRunAt when a run last looked at the definition, or null before the first
 */
public record AutomationProgress(int done, int total, String lastError, Instant lastErrorAt, Instant lastRunAt) {

    /** The longest error text kept. */
    public static final int ERROR_MAX = 450;

    /** Before any run. */
    public static final AutomationProgress NONE = new AutomationProgress(0, 0, null, null, null);

    public AutomationProgress {
        if (lastError != null && lastError.length() > ERROR_MAX) {
            lastError = lastError.substring(0, ERROR_MAX - 1) + "…";
        }
    }

    /** Whether every period of the window is complete. */
    public boolean complete() {
        return total > 0 && done >= total;
    }
}
