package io.csiloop.jira.host;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.Projects;

import java.util.Optional;

/** Projects from Jira's ProjectManager. */
public final class JiraProjects implements Projects {

    private final ProjectManager projects;

    public JiraProjects(ProjectManager projects) {
        this.projects = projects;
    }

    @Override
    public Optional<ProjectRef> byId(long id) {
        return Optional.ofNullable(projects.getProjectObj(id)).map(JiraProjects::toRef);
    }

    @Override
    public Optional<ProjectRef> byKey(String key) {
        return Optional.ofNullable(projects.getProjectByCurrentKey(key)).map(JiraProjects::toRef);
    }

    static ProjectRef toRef(Project project) {
        return new ProjectRef(project.getId(), project.getKey(), project.getName());
    }
}
