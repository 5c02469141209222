package io.csiloop.jira.automation;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.csiloop.application.automation.AutomationRun;
import io.csiloop.application.automation.RunScope;
import io.csiloop.application.automation.RunSummary;
import io.csiloop.jira.host.JiraRunScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled job: runs the automation over the scope its job parameters name and reports what it did in Jira's
 * scheduler history. A run that left definitions failing is reported as failed (each is retried by the next run);
 * projects another run held are not failures.
 */
public final class AutomationJob implements JobRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AutomationJob.class);

    private final AutomationRun run;

    public AutomationJob(AutomationRun run) {
        this.run = run;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        RunScope scope = JiraRunScheduler.scopeOf(request.getJobConfig().getParameters());
        try {
            RunSummary summary = run.run(scope);
            LOG.info("CSI Loop automation ({}): {}", request.getJobId(), summary.describe());
            return summary.failures() == 0 ? JobRunnerResponse.success(summary.describe())
                    : JobRunnerResponse.failed(summary.describe());
        } catch (RuntimeException e) {
            LOG.error("CSI Loop automation ({}) failed", request.getJobId(), e);
            return JobRunnerResponse.failed(e);
        }
    }
}
