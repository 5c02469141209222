package io.csiloop.jira.web;

import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The context of a CSI Loop web panel: the Jira object the page hands over (the {@code issue} of an issue view,
 * the {@code project} of a project page) becomes one immutable view under one name, absent when the viewer may not
 * see it (the template then shows nothing). Subclasses say which object, which view, under which name, and which
 * web-resource context the panel's scripts and styles are in.
 *
 * <p>Jira renders a panel's template with exactly the map this returns, plus the template renderer's own
 * {@code $i18n} and {@code $webResourceManager}; nothing else of Jira's comes along (not {@code $baseurl}). So the
 * map is the one Jira passed in, augmented as Jira apps do, with the view and {@code $contextPath}, Jira's context
 * path from SAL ({@code /jira}, or empty at the root) for links. It is a copy: the map Jira passes is not ours to
 * change. A panel that shows requires its web-resource context, so that its resources load on the pages where it
 * shows and nowhere else.
 */
abstract class ViewContext implements ContextProvider {

    /** The name of Jira's context path in the templates. */
    static final String CONTEXT_PATH = "contextPath";

    private final String jiraKey;
    private final Function<Object, Optional<?>> view;
    private final String name;
    private final String webResourceContext;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties application;

    ViewContext(String jiraKey, Function<Object, Optional<?>> view, String name, String webResourceContext,
                PageBuilderService pageBuilder, ApplicationProperties application) {
        this.jiraKey = jiraKey;
        this.view = view;
        this.name = name;
        this.webResourceContext = webResourceContext;
        this.pageBuilder = pageBuilder;
        this.application = application;
    }

    @Override
    public void init(Map<String, String> params) {
        // No params.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        Map<String, Object> result = new HashMap<>(context);
        Optional<?> shown = Optional.ofNullable(context.get(jiraKey)).flatMap(view);
        shown.ifPresent(v -> {
            result.put(name, v);
            result.put(CONTEXT_PATH, application.getBaseUrl(UrlMode.RELATIVE));
            pageBuilder.assembler().resources().requireContext(webResourceContext);
        });
        return result;
    }
}
