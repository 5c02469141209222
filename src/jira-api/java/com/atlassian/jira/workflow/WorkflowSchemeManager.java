package com.atlassian.jira.workflow;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.scheme.SchemeManager;

import java.util.List;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/workflow/WorkflowSchemeManager.html
 * (signatures from Jira's source of the 6.x-7.x interface; unconfirmed for 11.3).
 */
public interface WorkflowSchemeManager extends SchemeManager {
    AssignableWorkflowScheme.Builder assignableBuilder();

    AssignableWorkflowScheme createScheme(AssignableWorkflowScheme workflowScheme);

    AssignableWorkflowScheme getWorkflowSchemeObj(String name);

    AssignableWorkflowScheme getWorkflowSchemeObj(Project project);

    AssignableWorkflowScheme updateWorkflowScheme(AssignableWorkflowScheme scheme);

    List<Project> getProjectsUsing(AssignableWorkflowScheme workflowScheme);
}
