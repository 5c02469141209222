package com.atlassian.jira.scheme;

import com.atlassian.jira.project.Project;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/scheme/SchemeManager.html
 */
public interface SchemeManager {
    Scheme getSchemeObject(Long id);

    void addSchemeToProject(Project project, Scheme scheme);

    void removeSchemesFromProject(Project project);
}
