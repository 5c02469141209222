package io.csiloop.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.ContextProvider;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The context of an issue panel: the issue Jira hands over becomes {@code $panel}, the panel's view, absent when
 * the viewer may not see the issue (the template then shows nothing). Subclasses only say which view.
 */
abstract class IssuePanelContext implements ContextProvider {

    private final LongFunction<Optional<?>> panels;

    IssuePanelContext(LongFunction<Optional<?>> panels) {
        this.panels = panels;
    }

    @Override
    public void init(Map<String, String> params) {
        // No params.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>();
        if (context.get("issue") instanceof Issue issue) {
            panels.apply(issue.getId()).ifPresent(panel -> result.put("panel", panel));
        }
        return result;
    }
}
