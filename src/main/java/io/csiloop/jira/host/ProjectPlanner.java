package io.csiloop.jira.host;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import io.csiloop.application.process.CsiLoopIssueType;
import io.csiloop.application.setup.Installation;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.SchemeChange;
import io.csiloop.port.SetupBlocker;
import io.csiloop.port.SetupPlan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a project's schemes and says what enabling CSI Loop would change there, and what it cannot change
 * safely: an issue type that is already in the project and mapped to another workflow while the project has
 * issues would need Jira's status migration, so it is a blocker rather than a change.
 */
final class ProjectPlanner {

    private final IssueTypeSchemeManager issueTypeSchemes;
    private final WorkflowSchemeManager workflowSchemes;
    private final IssueTypeManager issueTypes;
    private final IssueManager issues;

    ProjectPlanner(IssueTypeSchemeManager issueTypeSchemes, WorkflowSchemeManager workflowSchemes,
                   IssueTypeManager issueTypes, IssueManager issues) {
        this.issueTypeSchemes = issueTypeSchemes;
        this.workflowSchemes = workflowSchemes;
        this.issueTypes = issueTypes;
        this.issues = issues;
    }

    SetupPlan plan(Project project, Installation installation, String appSchemeName) {
        List<SchemeChange> changes = new ArrayList<>();
        List<SetupBlocker> blockers = new ArrayList<>();
        Set<String> present = issueTypeSchemes.getIssueTypesForProject(project).stream().map(IssueType::getId)
                .collect(Collectors.toSet());
        List<CsiLoopIssueType> missing = types().stream()
                .filter(type -> !present.contains(installation.issueTypeIds().get(type))).toList();
        if (!missing.isEmpty()) {
            FieldConfigScheme scheme = issueTypeSchemes.getConfigScheme(project);
            boolean isDefault = scheme == null || issueTypeSchemes.isDefaultIssueTypeScheme(scheme);
            changes.add(new SchemeChange(SchemeChange.Kind.ADD_ISSUE_TYPES, scheme == null ? "" : scheme.getName(),
                    names(missing, installation), isDefault ? List.of() : others(scheme.getAssociatedProjectObjects(), project),
                    isDefault));
        }
        AssignableWorkflowScheme workflowScheme = workflowSchemes.getWorkflowSchemeObj(project);
        List<CsiLoopIssueType> unmapped = new ArrayList<>();
        for (CsiLoopIssueType type : types()) {
            String typeId = installation.issueTypeIds().get(type);
            String workflow = installation.workflowNames().get(type);
            String current = workflowScheme.isDefault() ? null : workflowScheme.getMappings().get(typeId);
            if (workflow.equals(current)) {
                continue;
            }
            boolean mayHaveIssues = present.contains(typeId) && issues.getIssueCountForProject(project.getId()) > 0;
            if (mayHaveIssues) {
                blockers.add(new SetupBlocker(name(type, installation),
                        Objects.requireNonNullElse(current, defaultWorkflowOf(workflowScheme)), workflowScheme.getName()));
            } else {
                unmapped.add(type);
            }
        }
        if (!unmapped.isEmpty()) {
            changes.add(workflowScheme.isDefault()
                    ? new SchemeChange(SchemeChange.Kind.USE_APP_WORKFLOW_SCHEME, appSchemeName, names(unmapped, installation),
                            List.of(), false)
                    : new SchemeChange(SchemeChange.Kind.MAP_WORKFLOWS, workflowScheme.getName(), names(unmapped, installation),
                            others(workflowSchemes.getProjectsUsing(workflowScheme), project), false));
        }
        return new SetupPlan(ref(project), changes, blockers);
    }

    static ProjectRef ref(Project project) {
        return new ProjectRef(project.getId(), project.getKey(), project.getName());
    }

    private static List<CsiLoopIssueType> types() {
        return List.of(CsiLoopIssueType.values());
    }

    private List<String> names(List<CsiLoopIssueType> types, Installation installation) {
        return types.stream().map(type -> name(type, installation)).toList();
    }

    private String name(CsiLoopIssueType type, Installation installation) {
        IssueType issueType = issueTypes.getIssueType(installation.issueTypeIds().get(type));
        return issueType == null ? installation.issueTypeIds().get(type) : issueType.getName();
    }

    private static String defaultWorkflowOf(AssignableWorkflowScheme scheme) {
        String mapped = scheme.isDefault() ? null : scheme.getMappings().get(null);
        return mapped == null ? "jira" : mapped;
    }

    private static List<ProjectRef> others(List<Project> projects, Project project) {
        return projects == null ? List.of() : projects.stream().filter(p -> !p.getId().equals(project.getId()))
                .map(ProjectPlanner::ref).toList();
    }
}
