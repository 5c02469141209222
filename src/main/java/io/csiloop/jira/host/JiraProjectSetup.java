package io.csiloop.jira.host;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import io.csiloop.application.process.CsiLoopIssueType;
import io.csiloop.application.setup.CsiLoopSetup;
import io.csiloop.application.setup.Installation;
import io.csiloop.jira.setup.LastSetup;
import io.csiloop.kernel.EnglishMessages;
import io.csiloop.port.Access;
import io.csiloop.port.AccessDenied;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectSetup;
import io.csiloop.port.ProjectSetupRefused;
import io.csiloop.port.SchemeChange;
import io.csiloop.port.SetupNotInstalled;
import io.csiloop.port.SetupPlan;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link ProjectSetup} over Jira's scheme managers. Every call checks "Administer Projects" first. Applying
 * re-reads the plan, refuses what needs confirmation or Jira's migration, then makes the changes one by one:
 * Jira's scheme managers commit each on its own, so a failure half-way leaves the changes made so far, and the
 * next plan shows what is left. While CSI Loop's own setup has not completed, every call refuses with
 * {@link SetupNotInstalled}, naming the service Jira did not provide when that is what stopped it ({@link LastSetup}).
 */
public final class JiraProjectSetup implements ProjectSetup {

    private final Access access;
    private final ProjectManager projects;
    private final CsiLoopSetup setup;
    private final IssueTypeSchemeManager issueTypeSchemes;
    private final WorkflowSchemeManager workflowSchemes;
    private final ProjectPlanner planner;
    private final LastSetup lastSetup;
    private final EnglishMessages messages = new EnglishMessages();

    public JiraProjectSetup(Access access, ProjectManager projects, CsiLoopSetup setup,
                            IssueTypeSchemeManager issueTypeSchemes, WorkflowSchemeManager workflowSchemes,
                            IssueTypeManager issueTypes, IssueManager issues, LastSetup lastSetup) {
        this.access = access;
        this.projects = projects;
        this.setup = setup;
        this.issueTypeSchemes = issueTypeSchemes;
        this.workflowSchemes = workflowSchemes;
        this.planner = new ProjectPlanner(issueTypeSchemes, workflowSchemes, issueTypes, issues);
        this.lastSetup = lastSetup;
    }

    @Override
    public SetupPlan plan(long projectId) {
        Project project = administeredProject(projectId);
        return planner.plan(project, installation(), appSchemeName());
    }

    @Override
    public SetupPlan apply(long projectId, boolean confirmSharedSchemes) {
        Project project = administeredProject(projectId);
        Installation installation = installation();
        SetupPlan plan = planner.plan(project, installation, appSchemeName());
        if (!plan.blockers().isEmpty()) {
            throw new ProjectSetupRefused(ProjectSetupRefused.Reason.BLOCKED, plan);
        }
        if (plan.touchesSharedSchemes() && !confirmSharedSchemes) {
            throw new ProjectSetupRefused(ProjectSetupRefused.Reason.SHARED_SCHEMES_NOT_CONFIRMED, plan);
        }
        for (SchemeChange change : plan.changes()) {
            switch (change.kind()) {
                case ADD_ISSUE_TYPES -> addIssueTypes(project, installation, change);
                case MAP_WORKFLOWS -> mapWorkflows(project, installation);
                case USE_APP_WORKFLOW_SCHEME -> {
                    workflowSchemes.removeSchemesFromProject(project);
                    workflowSchemes.addSchemeToProject(project, workflowSchemes.getSchemeObject(installation.schemeId()));
                }
            }
        }
        return planner.plan(project, installation, appSchemeName());
    }

    private void addIssueTypes(Project project, Installation installation, SchemeChange change) {
        List<String> ours = List.copyOf(installation.issueTypeIds().values());
        if (change.defaultScheme()) {
            ours.forEach(issueTypeSchemes::addOptionToDefault);
            return;
        }
        FieldConfigScheme scheme = issueTypeSchemes.getConfigScheme(project);
        List<String> optionIds = new ArrayList<>(issueTypeSchemes.getIssueTypesForProject(project).stream()
                .map(IssueType::getId).toList());
        ours.stream().filter(id -> !optionIds.contains(id)).forEach(optionIds::add);
        issueTypeSchemes.update(scheme, optionIds);
    }

    private void mapWorkflows(Project project, Installation installation) {
        AssignableWorkflowScheme scheme = workflowSchemes.getWorkflowSchemeObj(project);
        AssignableWorkflowScheme.Builder builder = scheme.builder();
        for (CsiLoopIssueType type : CsiLoopIssueType.values()) {
            builder.setMapping(installation.issueTypeIds().get(type), installation.workflowNames().get(type));
        }
        workflowSchemes.updateWorkflowScheme(builder.build());
    }

    private Project administeredProject(long projectId) {
        Project project = projects.getProjectObj(projectId);
        if (project == null || !access.currentUserMay(ProjectAccess.ADMINISTER, projectId)) {
            throw new AccessDenied(ProjectAccess.ADMINISTER, projectId);
        }
        return project;
    }

    private Installation installation() {
        return setup.installed().orElseThrow(() -> lastSetup.missingService().map(SetupNotInstalled::new)
                .orElseGet(SetupNotInstalled::new));
    }

    private String appSchemeName() {
        return messages.text(CsiLoopIssueType.SCHEME_NAME_KEY);
    }
}
