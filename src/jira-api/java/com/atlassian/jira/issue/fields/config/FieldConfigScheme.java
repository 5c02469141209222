package com.atlassian.jira.issue.fields.config;

import com.atlassian.jira.project.Project;

import java.util.List;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/issue/fields/config/FieldConfigScheme.html
 * (an interface in Jira; getter names from Jira 7+ javadoc, unconfirmed for 11.3).
 */
public interface FieldConfigScheme {
    String getName();

    List<Project> getAssociatedProjectObjects();
}
