package io.csiloop.jira.setup;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import io.csiloop.application.setup.CsiLoopSetup;
import io.csiloop.application.setup.SetupReport;
import io.csiloop.jira.host.HostServiceMissing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link CsiLoopSetup} when the plugin starts (on every enable and every Jira start). SAL calls it only
 * because plugin-context.xml exports this bean as an OSGi {@link LifecycleAware} service. Setup is
 * idempotent, so running it each time finds what it created before. A failure is logged rather than thrown:
 * the app's other modules (KPIs, REST) keep working, and the next enable tries again. A service Jira did not
 * provide is logged as that one sentence ({@link HostServiceMissing}) and kept in {@link LastSetup}, so that
 * project setup can give the same reason.
 */
public final class SetupOnEnable implements LifecycleAware {

    private static final Logger LOG = LoggerFactory.getLogger(SetupOnEnable.class);

    private final CsiLoopSetup setup;
    private final LastSetup lastSetup;

    public SetupOnEnable(CsiLoopSetup setup, LastSetup lastSetup) {
        this.setup = setup;
        this.lastSetup = lastSetup;
    }

    @Override
    public void onStart() {
        try {
            SetupReport report = setup.ensure();
            lastSetup.servicesFound();
            LOG.info("CSI Loop setup: created {}; reused {}", report.created(), report.reused());
        } catch (HostServiceMissing e) {
            lastSetup.refused(e);
            LOG.error(e.getMessage());
        } catch (RuntimeException e) {
            lastSetup.servicesFound();
            LOG.error("CSI Loop setup failed; the workflows may be incomplete until the app is enabled again", e);
        }
    }

    @Override
    public void onStop() {
        // Nothing to undo: disabling keeps every issue type, status, workflow and all data (docs/jira-integration.md).
    }
}
