package io.csiloop.jira.web;

import com.atlassian.jira.project.Project;
import io.csiloop.view.ProjectPages;

import java.util.Optional;

/**
 * The project page's context: the project Jira hands the sidebar page becomes {@code $page}, a {@link ProjectPage}
 * (absent when the viewer may not browse the project).
 */
public final class ProjectPageContextProvider extends ViewContext {

    public ProjectPageContextProvider(ProjectPages pages) {
        super("project", project -> project instanceof Project p ? pages.of(p.getId()) : Optional.empty(), "page");
    }
}
