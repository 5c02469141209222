package io.csiloop.application.automation;

/**
 * Settings as a form sends them, every value as text, checked by {@link AutomationSettingsService}.
 *
 * @param schedule {@code INTERVAL}, {@code CRON}, or for a project {@code INHERIT}
 * @param intervalMinutes the interval in minutes, for {@code INTERVAL}
 * @param cron the cron expression, for {@code CRON}
 * @param timeZone a zone id such as {@code Europe/Berlin}; for a project, blank inherits
 * @param autoRaise {@code true}, {@code false}, or for a project {@code INHERIT}
 */
public record SettingsInput(String schedule, String intervalMinutes, String cron, String timeZone, String autoRaise) {

    /** The choice that keeps the global value. */
    public static final String INHERIT = "INHERIT";
}
