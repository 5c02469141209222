package io.csiloop.preview.web;

import io.csiloop.preview.demo.DemoUser;
import io.csiloop.preview.render.PreviewI18n;
import io.csiloop.preview.render.Templates;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The frame of every preview page, drawn like a Jira page with AUI: the header with the navigation, the Create
 * button and its dialog (for people who may create issues somewhere) and the logged-in person, then the page's own content. AUI and jQuery come from npm; then the app's web resources of
 * the contexts Jira gives the page itself and of those the app's context providers required while it was drawn
 * ({@link PageResources}), in the order Jira's web resource manager would load them, and no others.
 */
public final class HostPage {

    private final Templates templates;
    private final WebResources resources;
    private final String contextPath;
    private final PreviewI18n i18n;
    private final PageResources required;
    private final CreateDialog createDialog;

    public HostPage(Templates templates, WebResources resources, PageResources required, String contextPath,
                    PreviewI18n i18n, CreateDialog createDialog) {
        this.templates = templates;
        this.createDialog = createDialog;
        this.required = required;
        this.resources = resources;
        this.contextPath = contextPath;
        this.i18n = i18n;
    }

    /**
     * Answers with the page.
     *
     * @param body     the content template and its context
     * @param contexts the web resource contexts Jira gives the page, such as {@code jira.view.issue}
     */
    public void show(Exchange exchange, String title, Optional<DemoUser> user, String body, Map<String, Object> context,
                     List<String> contexts) throws IOException {
        show(exchange, 200, title, user, body, context, contexts);
    }

    /** Answers with the page and the status, such as the 403 of a servlet that refused. */
    public void show(Exchange exchange, int status, String title, Optional<DemoUser> user, String body,
                     Map<String, Object> context, List<String> contexts) throws IOException {
        Map<String, Object> page = new HashMap<>(context);
        page.put("contextPath", contextPath);
        page.put("i18n", i18n);
        // Jira's meta of the viewer's locale (en_US, de_DE): the scripts format numbers with it.
        page.put("userLocale", i18n.getLocale().toString());
        page.put("user", user.orElse(null));
        String content = templates.render(body, page);
        page.put("title", title);
        page.put("contentHtml", content);
        page.put("create", createDialog.choices(user).orElse(null));
        List<String> all = new ArrayList<>(contexts);
        all.addAll(required.required());
        List<String> urls = resources.urlsFor(all);
        page.put("scripts", urls.stream().filter(u -> u.endsWith(".js")).toList());
        page.put("styles", urls.stream().filter(u -> u.endsWith(".css")).toList());
        // No Content-Security-Policy: Jira sends none that stops inline script, and the browser tests must find any
        // escaping mistake of the templates rather than have a policy hide it.
        exchange.html(status, templates.render("preview/templates/page.vm", page));
    }
}
