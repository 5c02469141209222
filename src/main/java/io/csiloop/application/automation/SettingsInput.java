package io.csiloop.application.automation;

/**
 * Settings as a form sends them, every value as text, checked by {@link AutomationSettingsService}.
 *
 * @param schedule {@code INTERVAL}, {@code CRON}, or for a project {@code INHERIT}
 * @param intervalMinutes the interval in minutes, for {@code INTERVAL}
 * @param cron the cron expression, for {@code CRON}
 * @param timeZone a zone id such as {@code Europe/Berlin}; for a project, blank inherits
 * @param autoRaise {@code true}, {@code false}, or for a project {@code INHERIT}
 * @param csvMaxBytes the most bytes one CSV import may have, global only; blank keeps the default
 * @param csvMaxRows the most rows one CSV import may have, global only; blank keeps the default
 * @param futureGraceHours how many hours after the current period a data point may be dated, global only; blank
 *     keeps the default (none)
 */
public record SettingsInput(String schedule, String intervalMinutes, String cron, String timeZone, String autoRaise,
        String csvMaxBytes, String csvMaxRows, String futureGraceHours) {

    /** The choice that keeps the global value. */
    public static final String INHERIT = "INHERIT";

    /** Input without the global limits (a project's, or global settings that keep the default limits). */
    public SettingsInput(String schedule, String intervalMinutes, String cron, String timeZone, String autoRaise) {
        this(schedule, intervalMinutes, cron, timeZone, autoRaise, null, null, null);
    }
}
