package com.atlassian.jira.project;

import java.util.List;

/**
 * Compile-only stand-in. Mirrors https://docs.atlassian.com/software/jira/docs/api/11.3.13/com/atlassian/jira/project/ProjectManager.html
 */
public interface ProjectManager {
    Project getProjectObj(Long id);

    Project getProjectObjByKey(String key);

    Project getProjectByCurrentKey(String key);

    List<Project> getProjects();
}
