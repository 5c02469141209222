package io.csiloop.application.automation;

import java.time.ZoneId;
import java.util.Optional;

/**
 * The host's job scheduler as the settings need it: every scope has one recurring job, run once per cluster, and
 * may be run once more soon (to backfill a new configuration in the background).
 */
public interface RunScheduler {

    /** Why the host would refuse the schedule (a cron expression its parser rejects), or empty when it is fine. */
    Optional<String> refusal(RunSchedule schedule, ZoneId zone);

    /** Schedules the scope's recurring job, replacing any earlier schedule of it. */
    void schedule(RunScope scope, RunSchedule schedule, ZoneId zone);

    /** Removes the scope's recurring job, if it has one. */
    void unschedule(RunScope scope);

    /** Runs the scope once, as soon as the scheduler can, in the background. */
    void runSoon(RunScope scope);
}
