package io.csiloop.jira.host;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.csiloop.application.automation.RunSchedule;
import io.csiloop.application.automation.RunScope;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The automation's jobs as Jira's scheduler receives them, mocked. */
class JiraRunSchedulerTest {

    private static final Instant NOW = Instant.parse("2026-11-16T09:00:00Z");

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final JiraRunScheduler jobs = new JiraRunScheduler(scheduler, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theGlobalJobRunsOncePerClusterByCronInTheSettingsZone() throws Exception {
        jobs.schedule(RunScope.GLOBAL, RunSchedule.cron("0 30 1 * * ?"), ZoneId.of("Europe/Berlin"));

        verify(scheduler).scheduleJob(JobId.of("io.csiloop.jira:automation"), JobConfig.forJobRunnerKey(JiraRunScheduler.RUNNER)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forCronExpression("0 30 1 * * ?", TimeZone.getTimeZone("Europe/Berlin")))
                .withParameters(Map.of()));
    }

    @Test
    void aProjectJobCarriesItsProjectAndAnIntervalInMilliseconds() throws Exception {
        jobs.schedule(RunScope.project(10_000L), RunSchedule.every(90), ZoneId.of("UTC"));

        verify(scheduler).scheduleJob(JobId.of("io.csiloop.jira:automation:project:10000"),
                JobConfig.forJobRunnerKey(JiraRunScheduler.RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                        .withSchedule(Schedule.forInterval(90 * 60_000L, Date.from(NOW)))
                        .withParameters(Map.of("projectId", 10_000L)));
        assertEquals(RunScope.project(10_000L), JiraRunScheduler.scopeOf(Map.of("projectId", 10_000L)));
        assertEquals(RunScope.GLOBAL, JiraRunScheduler.scopeOf(Map.of()));
    }

    @Test
    void runningSoonIsAOneOffJobOfItsOwnBesideTheScheduledOne() throws Exception {
        jobs.runSoon(RunScope.project(10_000L));

        verify(scheduler).scheduleJob(JobId.of("io.csiloop.jira:automation:run-now:project:10000"),
                JobConfig.forJobRunnerKey(JiraRunScheduler.RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                        .withSchedule(Schedule.runOnce(Date.from(NOW))).withParameters(Map.of("projectId", 10_000L)));
    }

    @Test
    void unschedulingRemovesTheProjectsJob() {
        jobs.unschedule(RunScope.project(10_000L));

        verify(scheduler).unscheduleJob(JobId.of("io.csiloop.jira:automation:project:10000"));
    }

    @Test
    void jirasCronParserDecidesWhatIsRefused() throws Exception {
        when(scheduler.calculateNextRunTime(any())).thenReturn(Date.from(NOW));
        assertEquals(Optional.empty(), jobs.refusal(RunSchedule.cron("0 0 2 * * ?"), ZoneId.of("UTC")));

        when(scheduler.calculateNextRunTime(any())).thenThrow(new SchedulerServiceException("Invalid day-of-month: L-9"));
        assertEquals(Optional.of("Invalid day-of-month: L-9"), jobs.refusal(RunSchedule.cron("0 0 2 L-9 * ?"), ZoneId.of("UTC")));
    }
}
