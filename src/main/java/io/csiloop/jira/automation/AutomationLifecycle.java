package io.csiloop.jira.automation;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;
import io.csiloop.application.automation.AutomationSettingsService;
import io.csiloop.jira.host.JiraRunScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the automation's job runner when the plugin starts, on every node (each node must be able to run the job
 * the cluster hands it), and schedules the jobs the settings ask for; unregisters it when the plugin stops. SAL calls
 * it only because plugin-context.xml exports it as a {@link LifecycleAware} OSGi service.
 */
public final class AutomationLifecycle implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(AutomationLifecycle.class);

    private final SchedulerService scheduler;
    private final AutomationJob job;
    private final AutomationSettingsService settings;

    public AutomationLifecycle(SchedulerService scheduler, AutomationJob job, AutomationSettingsService settings) {
        this.scheduler = scheduler;
        this.job = job;
        this.settings = settings;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(JiraRunScheduler.RUNNER, job);
        try {
            settings.ensureScheduled();
        } catch (RuntimeException e) {
            LOG.error("CSI Loop automation: the jobs could not be scheduled; saving the settings again retries", e);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(JiraRunScheduler.RUNNER);
    }
}
