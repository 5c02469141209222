package io.csiloop.preview.demo;

import io.csiloop.port.AccessDenied;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.ProjectSetup;
import io.csiloop.port.SetupPlan;

import java.util.List;

/**
 * "Enable CSI Loop for this project" in the preview. The demo has no issue type or workflow schemes to change:
 * its projects are seeded with CSI Loop's issue types and workflows from the start, so every plan is empty
 * (enabled). Like Jira's implementation it answers only project administrators, and treats a project that does
 * not exist the same way, so that its existence does not leak.
 */
public final class DemoProjectSetup implements ProjectSetup {

    private final DemoDirectory directory;

    public DemoProjectSetup(DemoDirectory directory) {
        this.directory = directory;
    }

    @Override
    public SetupPlan plan(long projectId) {
        return new SetupPlan(administered(projectId), List.of(), List.of());
    }

    @Override
    public SetupPlan apply(long projectId, boolean confirmSharedSchemes) {
        return plan(projectId);
    }

    private ProjectRef administered(long projectId) {
        if (!directory.currentUserMay(ProjectAccess.ADMINISTER, projectId)) {
            throw new AccessDenied(ProjectAccess.ADMINISTER, projectId);
        }
        return directory.byId(projectId).orElseThrow(() -> new AccessDenied(ProjectAccess.ADMINISTER, projectId));
    }
}
