package io.csiloop.rest;

import io.csiloop.application.automation.AutomationSettings;
import io.csiloop.application.automation.ProjectSettings;
import io.csiloop.application.automation.RunSchedule;
import io.csiloop.application.automation.SettingsInput;

import java.time.ZoneId;

/**
 * The automation settings, the global ones or a project's, as a client saves them and as they were saved. The
 * application checks them (every error at once, named by these fields); a project's {@code INHERIT} and nulls keep
 * the global value.
 *
 * @param schedule {@code INTERVAL}, {@code CRON}, or for a project {@code INHERIT}
 * @param intervalMinutes the interval, for {@code INTERVAL}
 * @param cron the cron expression, for {@code CRON}
 * @param timeZone a time zone id such as {@code Europe/Berlin}; for a project, null or blank inherits
 * @param autoRaise whether signals raise Improvements; for a project, null inherits
 * @param csvMaxBytes the most bytes one CSV import may have (global only; null: the default); a project's is null
 * @param csvMaxRows the most rows one CSV import may have (global only; null: the default); a project's is null
 * @param futureGraceHours how many hours after the current period a data point may be dated (global only; null: the
 *     default, none); a project's is null
 */
public record AutomationSettingsDto(String schedule, Integer intervalMinutes, String cron, String timeZone,
        Boolean autoRaise, Integer csvMaxBytes, Integer csvMaxRows, Integer futureGraceHours) implements JsonBody {

    /** The settings as the application reads a form: every value as text, null kept as absent. */
    SettingsInput input() {
        return new SettingsInput(schedule, text(intervalMinutes), cron, timeZone,
                autoRaise == null ? SettingsInput.INHERIT : autoRaise.toString(), text(csvMaxBytes), text(csvMaxRows),
                text(futureGraceHours));
    }

    static AutomationSettingsDto of(AutomationSettings settings) {
        return new AutomationSettingsDto(settings.schedule().kind().name(), settings.schedule().intervalMinutes(),
                settings.schedule().cron(), settings.zone().getId(), settings.autoRaise(),
                settings.csvLimits().maxBytes(), settings.csvLimits().maxRows(), settings.futureGrace().hours());
    }

    static AutomationSettingsDto of(ProjectSettings settings) {
        RunSchedule schedule = settings.schedule();
        ZoneId zone = settings.zone();
        return new AutomationSettingsDto(schedule == null ? SettingsInput.INHERIT : schedule.kind().name(),
                schedule == null ? null : schedule.intervalMinutes(), schedule == null ? null : schedule.cron(),
                zone == null ? null : zone.getId(), settings.autoRaise(), null, null, null);
    }

    /** A whole number as the text a form would send; null stays absent. */
    static String text(Integer number) {
        return number == null ? null : number.toString();
    }
}
