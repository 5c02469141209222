package io.csiloop.view.automation;

import io.csiloop.application.automation.AutomationSettings;
import io.csiloop.application.automation.RunSchedule;
import io.csiloop.measure.CsvLimits;
import io.csiloop.measure.FutureGrace;

/**
 * What the global settings page shows: the settings in force and the last run of the global job. Its getters are on
 * the Velocity allowlist; every value is escaped by Jira.
 */
public final class AutomationAdminPage {

    private final AutomationSettings settings;
    private final String lastRun;

    public AutomationAdminPage(AutomationSettings settings, String lastRun) {
        this.settings = settings;
        this.lastRun = lastRun;
    }

    /** {@code INTERVAL} or {@code CRON}. */
    public String getSchedule() {
        return settings.schedule().kind().name();
    }

    public String getIntervalMinutes() {
        Integer minutes = settings.schedule().intervalMinutes();
        return minutes == null ? "" : minutes.toString();
    }

    public String getCron() {
        return settings.schedule().cron() == null ? "" : settings.schedule().cron();
    }

    public String getTimeZone() {
        return settings.zone().getId();
    }

    public boolean isAutoRaise() {
        return settings.autoRaise();
    }

    public String getCsvMaxBytes() {
        return Integer.toString(settings.csvLimits().maxBytes());
    }

    public String getCsvMaxRows() {
        return Integer.toString(settings.csvLimits().maxRows());
    }

    /** The limits the CSV byte field states. */
    public String getCsvBytesRange() {
        return CsvLimits.MIN_BYTES + "–" + CsvLimits.MAX_BYTES;
    }

    /** The limits the CSV row field states. */
    public String getCsvRowsRange() {
        return CsvLimits.MIN_ROWS + "–" + CsvLimits.MAX_ROWS;
    }

    public String getFutureGraceHours() {
        return Integer.toString(settings.futureGrace().hours());
    }

    /** The limits the future grace field states. */
    public String getFutureGraceRange() {
        return FutureGrace.MIN_HOURS + "–" + FutureGrace.MAX_HOURS;
    }

    public String getLastRun() {
        return lastRun;
    }

    /** The limits the interval field states. */
    public String getIntervalRange() {
        return RunSchedule.INTERVAL_MIN + "–" + RunSchedule.INTERVAL_MAX;
    }

    /** Where the settings form saves them: the REST API's resource, below its base ({@code CSILoop.api}). */
    public String getSettingsPath() {
        return "automation/settings";
    }

    /** Where "Run now" asks for a run, below the REST API's base. */
    public String getRunPath() {
        return "automation/run";
    }
}
