package io.csiloop.jira.host;

import com.atlassian.jira.project.ProjectManager;
import io.csiloop.port.ProjectDirectory;
import io.csiloop.port.ProjectRef;

import java.util.List;

/** {@link ProjectDirectory} over Jira's project manager (which keeps every project in memory). */
public final class JiraProjectDirectory implements ProjectDirectory {

    private final ProjectManager projects;

    public JiraProjectDirectory(ProjectManager projects) {
        this.projects = projects;
    }

    @Override
    public List<ProjectRef> all() {
        return projects.getProjects().stream().map(p -> new ProjectRef(p.getId(), p.getKey(), p.getName())).toList();
    }
}
