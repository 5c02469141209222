package io.csiloop.application.automation;

import io.csiloop.measure.CsvLimits;
import io.csiloop.measure.FutureGrace;

import java.time.ZoneId;
import java.util.Objects;

/**
 * The settings a run applies to a project: the global ones, with whatever the project sets itself.
 *
 * @param schedule when the job runs
 * @param zone the time zone periods and the cron expression are read in
 * @param autoRaise whether signals may raise Improvement issues at all (each definition opts in too)
 * @param csvLimits how large a CSV import may be; global only (a project cannot set its own)
 * @param futureGrace how long after the current period a data point may be dated; global only
 */
public record AutomationSettings(RunSchedule schedule, ZoneId zone, boolean autoRaise, CsvLimits csvLimits,
        FutureGrace futureGrace) {

    public AutomationSettings {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(csvLimits, "csvLimits");
        Objects.requireNonNull(futureGrace, "futureGrace");
    }

    /** Settings with the default CSV import limits and no future grace. */
    public AutomationSettings(RunSchedule schedule, ZoneId zone, boolean autoRaise) {
        this(schedule, zone, autoRaise, CsvLimits.DEFAULTS, FutureGrace.NONE);
    }

    /** What applies before an administrator saves anything: nightly, in the reporting zone, raising off. */
    public static AutomationSettings defaults(ZoneId reportingZone) {
        return new AutomationSettings(RunSchedule.DEFAULT, reportingZone, false);
    }

    /** These settings with the project's own values where it has them. */
    public AutomationSettings with(ProjectSettings project) {
        return new AutomationSettings(project.schedule() != null ? project.schedule() : schedule,
                project.zone() != null ? project.zone() : zone,
                project.autoRaise() != null ? project.autoRaise() : autoRaise, csvLimits, futureGrace);
    }
}
