package io.csiloop.jira.web;

import com.atlassian.plugin.web.ContextProvider;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The context of a CSI Loop web panel: the Jira object the page hands over (the {@code issue} of an issue view,
 * the {@code project} of a project page) becomes one immutable view under one name, absent when the viewer may not
 * see it (the template then shows nothing). Subclasses say which object, which view and under which name.
 */
abstract class ViewContext implements ContextProvider {

    private final String jiraKey;
    private final Function<Object, Optional<?>> view;
    private final String name;

    ViewContext(String jiraKey, Function<Object, Optional<?>> view, String name) {
        this.jiraKey = jiraKey;
        this.view = view;
        this.name = name;
    }

    @Override
    public void init(Map<String, String> params) {
        // No params.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>();
        Object given = context.get(jiraKey);
        if (given != null) {
            view.apply(given).ifPresent(v -> result.put(name, v));
        }
        return result;
    }
}
