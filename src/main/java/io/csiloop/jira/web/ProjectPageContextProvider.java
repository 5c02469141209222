package io.csiloop.jira.web;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.web.ContextProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * The project page's context: the project Jira hands the sidebar page over becomes {@code $page}, a
 * {@link ProjectPage} (absent when the viewer may not browse the project).
 */
public final class ProjectPageContextProvider implements ContextProvider {

    private final ProjectPages pages;

    public ProjectPageContextProvider(ProjectPages pages) {
        this.pages = pages;
    }

    @Override
    public void init(Map<String, String> params) {
        // No params.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>();
        if (context.get("project") instanceof Project project) {
            pages.of(project.getId()).ifPresent(page -> result.put("page", page));
        }
        return result;
    }
}
