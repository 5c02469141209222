package io.csiloop.preview.demo;

import io.csiloop.port.AccessDenied;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.ProjectSetup;
import io.csiloop.port.SchemeChange;
import io.csiloop.port.SetupPlan;

import java.util.List;

/**
 * "Enable CSI Loop for this project" in the preview. Service Operations was set up with CSI Loop's issue types and
 * workflows, so its plan is empty (enabled); IT Operations starts with the schemes Jira's "Task management"
 * template gives a new project (its own, shared with no other project), so its plan adds the two issue types to
 * its issue type scheme and maps them to CSI Loop's workflows in its workflow scheme; applying it records that in
 * {@link ProjectSchemes}. Like Jira's implementation it answers only project administrators, and treats a project
 * that does not exist the same way, so that its existence does not leak.
 */
public final class DemoProjectSetup implements ProjectSetup {

    private final DemoDirectory directory;
    private final ProjectSchemes schemes;

    public DemoProjectSetup(DemoDirectory directory, ProjectSchemes schemes) {
        this.directory = directory;
        this.schemes = schemes;
    }

    @Override
    public SetupPlan plan(long projectId) {
        ProjectRef project = administered(projectId);
        if (schemes.enabled(projectId)) {
            return new SetupPlan(project, List.of(), List.of());
        }
        List<String> types = schemes.csiLoopTypeNames();
        return new SetupPlan(project, List.of(
                new SchemeChange(SchemeChange.Kind.ADD_ISSUE_TYPES,
                        project.key() + ": Task Management Issue Type Scheme", types, List.of(), false),
                new SchemeChange(SchemeChange.Kind.MAP_WORKFLOWS,
                        project.key() + ": Task Management Workflow Scheme", types, List.of(), false)), List.of());
    }

    /** The demo schemes are the project's own, so no confirmation for shared schemes is ever needed. */
    @Override
    public SetupPlan apply(long projectId, boolean confirmSharedSchemes) {
        if (!plan(projectId).enabled()) {
            schemes.enable(projectId);
        }
        return plan(projectId);
    }

    private ProjectRef administered(long projectId) {
        if (!directory.currentUserMay(ProjectAccess.ADMINISTER, projectId)) {
            throw new AccessDenied(ProjectAccess.ADMINISTER, projectId);
        }
        return directory.byId(projectId).orElseThrow(() -> new AccessDenied(ProjectAccess.ADMINISTER, projectId));
    }
}
