package io.csiloop.jira.web;

import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.csiloop.view.ProjectPages;

import java.util.Optional;

/**
 * The project page's context: the project Jira hands the sidebar page becomes {@code $page}, a {@link ProjectPage}
 * (absent when the viewer may not browse the project), with {@code $contextPath} for its links to issues.
 */
public final class ProjectPageContextProvider extends ViewContext {

    static final String WEB_RESOURCE_CONTEXT = "csiloop.project-page";

    public ProjectPageContextProvider(ProjectPages pages, PageBuilderService pageBuilder,
                                      ApplicationProperties application) {
        super("project", project -> project instanceof Project p ? pages.of(p.getId()) : Optional.empty(), "page",
                WEB_RESOURCE_CONTEXT, pageBuilder, application);
    }
}
