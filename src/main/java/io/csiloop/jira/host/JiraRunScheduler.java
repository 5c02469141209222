package io.csiloop.jira.host;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.csiloop.application.automation.RunSchedule;
import io.csiloop.application.automation.RunScheduler;
import io.csiloop.application.automation.RunScope;

import java.io.Serializable;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * {@link RunScheduler} over atlassian-scheduler. Every job of the automation runs {@link RunMode#RUN_ONCE_PER_CLUSTER}
 * with the one {@link #RUNNER}: the global job ({@code io.csiloop.jira:automation}), a job per project with its own
 * schedule ({@code …:project:<id>}, carrying the project id as a parameter), and one-off runs asked for by an
 * administrator ({@code …:run-now:…}). Scheduling a job id again replaces its schedule.
 */
public final class JiraRunScheduler implements RunScheduler {

    /** The job runner every automation job is run by. */
    public static final JobRunnerKey RUNNER = JobRunnerKey.of("io.csiloop.jira:automation");
    /** The job parameter naming a project scope's project; absent for the global scope. */
    static final String PROJECT_ID = "projectId";

    private final SchedulerService scheduler;
    private final Clock clock;

    public JiraRunScheduler(SchedulerService scheduler, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @Override
    public Optional<String> refusal(RunSchedule schedule, ZoneId zone) {
        try {
            scheduler.calculateNextRunTime(toSchedule(schedule, zone));
            return Optional.empty();
        } catch (SchedulerServiceException e) {
            return Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    @Override
    public void schedule(RunScope scope, RunSchedule schedule, ZoneId zone) {
        submit(jobId(scope, ""), config(scope).withSchedule(toSchedule(schedule, zone)));
    }

    @Override
    public void unschedule(RunScope scope) {
        scheduler.unscheduleJob(jobId(scope, ""));
    }

    @Override
    public void runSoon(RunScope scope) {
        submit(jobId(scope, ":run-now"), config(scope).withSchedule(Schedule.runOnce(new Date(clock.millis()))));
    }

    /** The scope a job's parameters name. */
    public static RunScope scopeOf(Map<String, Serializable> parameters) {
        Serializable project = parameters.get(PROJECT_ID);
        return project instanceof Long id ? RunScope.project(id) : RunScope.GLOBAL;
    }

    static JobId jobId(RunScope scope, String kind) {
        return JobId.of(RUNNER + kind + (scope.global() ? "" : ":project:" + scope.projectId()));
    }

    private static JobConfig config(RunScope scope) {
        Map<String, Serializable> parameters = scope.global() ? Map.of() : Map.of(PROJECT_ID, scope.projectId());
        return JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER).withParameters(parameters);
    }

    /**
     * An interval starts now (a job scheduled again, as on every plugin start, runs once soon, which is harmless:
     * a run finds complete periods complete); a cron expression is read in the settings' zone.
     */
    private Schedule toSchedule(RunSchedule schedule, ZoneId zone) {
        return schedule.kind() == RunSchedule.Kind.INTERVAL
                ? Schedule.forInterval(schedule.intervalMinutes() * 60_000L, new Date(clock.millis()))
                : Schedule.forCronExpression(schedule.cron(), TimeZone.getTimeZone(zone));
    }

    private void submit(JobId id, JobConfig config) {
        try {
            scheduler.scheduleJob(id, config);
        } catch (SchedulerServiceException e) {
            throw new IllegalStateException("Jira's scheduler refused the CSI Loop job " + id + ": " + e.getMessage(), e);
        }
    }
}
