package io.csiloop.jira.automation;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.status.RunOutcome;
import io.csiloop.application.automation.AutomationRun;
import io.csiloop.application.automation.AutomationSettingsService;
import io.csiloop.application.automation.RunScope;
import io.csiloop.application.automation.RunSummary;
import io.csiloop.jira.host.JiraRunScheduler;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The job runner and its registration, over mocked scheduler types. */
class AutomationJobTest {

    private final AutomationRun run = mock(AutomationRun.class);
    private final AutomationJob job = new AutomationJob(run);

    private static JobRunnerRequest request(Map<String, java.io.Serializable> parameters) {
        JobRunnerRequest request = mock(JobRunnerRequest.class);
        when(request.getJobId()).thenReturn(JobId.of("io.csiloop.jira:automation"));
        when(request.getJobConfig()).thenReturn(JobConfig.forJobRunnerKey(JiraRunScheduler.RUNNER).withParameters(parameters));
        return request;
    }

    @Test
    void runsTheScopeItsParametersNameAndReportsWhatItDid() {
        RunSummary summary = new RunSummary(1, 0, 12, 3, 0, 0, List.of());
        when(run.run(RunScope.project(10_000L))).thenReturn(summary);

        JobRunnerResponse response = job.runJob(request(Map.of("projectId", 10_000L)));

        assertEquals(JobRunnerResponse.success(summary.describe()), response);
    }

    @Test
    void aRunWithFailingDefinitionsIsReportedAsFailed() {
        RunSummary summary = new RunSummary(1, 0, 12, 3, 0, 1, List.of("MTTR: the user left"));
        when(run.run(RunScope.GLOBAL)).thenReturn(summary);

        JobRunnerResponse response = job.runJob(request(Map.of()));

        assertEquals(RunOutcome.FAILED, response.getRunOutcome());
        assertEquals(summary.describe(), response.getMessage());
    }

    @Test
    void theRunnerIsRegisteredOnStartAndTheJobsScheduledUnregisteredOnStop() {
        SchedulerService scheduler = mock(SchedulerService.class);
        AutomationSettingsService settings = mock(AutomationSettingsService.class);
        doThrow(new IllegalStateException("database not ready")).when(settings).ensureScheduled();
        AutomationLifecycle lifecycle = new AutomationLifecycle(scheduler, job, settings);

        lifecycle.onStart();
        lifecycle.onStop();

        verify(scheduler).registerJobRunner(JiraRunScheduler.RUNNER, job);
        verify(settings).ensureScheduled();
        verify(scheduler).unregisterJobRunner(JiraRunScheduler.RUNNER);
    }
}
