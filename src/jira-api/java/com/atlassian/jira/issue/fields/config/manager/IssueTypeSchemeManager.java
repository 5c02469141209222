package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

import java.util.Collection;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/config/manager/IssueTypeSchemeManager.html
 * (the raw Collection of option ids as in Jira's source; unconfirmed for 11.3).
 */
public interface IssueTypeSchemeManager {
    FieldConfigScheme update(FieldConfigScheme configScheme, Collection optionIds);

    boolean isDefaultIssueTypeScheme(FieldConfigScheme configScheme);

    void addOptionToDefault(String id);

    FieldConfigScheme getConfigScheme(Project project);

    Collection<IssueType> getIssueTypesForProject(Project project);
}
