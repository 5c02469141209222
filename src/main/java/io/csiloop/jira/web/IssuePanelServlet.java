package io.csiloop.jira.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.csiloop.application.process.ProcessNames;
import io.csiloop.kernel.MessageSource;
import io.csiloop.port.Access;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;
import io.csiloop.port.ProjectAccess;
import io.csiloop.view.ImprovementPanels;
import io.csiloop.view.LifecyclePanels;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content of an issue panel ({@code /plugins/servlet/csiloop/issue-panel?issueKey=KEY}), fetched by
 * issue-panels.js after Jira's issue page has drawn the panel's shell ({@link PanelShells}): the Improvement panel of
 * an Improvement, the Lifecycle panel of a Lifecycle Project, an HTML fragment rendered with the panel's own template
 * and the same names the web panel had ({@code $panel}, {@code $contextPath}, and the renderer's {@code $i18n}). It
 * is the panel's every read, off the page's critical path (issue 19).
 *
 * <p>An issue that does not exist, is of no CSI Loop type, or that the person (anonymous included) may not browse
 * gets one answer, 404 with the reason as plain text, so existence does not leak; it is written rather than sent
 * through {@code sendError}, so Jira's error page does not replace the text the script shows. Every answer is
 * personal and current: never stored by the browser.
 *
 * <p>Jira runs this servlet for anonymous requests too and asks for no login; unlike the page servlets it sends no
 * one to the login ({@link LoginRedirect}): the panel sits in Jira's issue page, which Jira shows anonymous visitors
 * where the project's permission scheme grants Browse Projects to anyone, and {@link Access} asks Jira's permission
 * check with no user then, so such a visitor gets the panel and every other the 404.
 */
public final class IssuePanelServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String IMPROVEMENT_TEMPLATE = "templates/panels/improvement.vm";
    static final String LIFECYCLE_TEMPLATE = "templates/panels/lifecycle.vm";

    private final transient Issues issues;
    private final transient Access access;
    private final transient ProcessNames names;
    private final transient ImprovementPanels improvements;
    private final transient LifecyclePanels lifecycles;
    private final transient TemplateRenderer renderer;
    private final transient ApplicationProperties application;
    private final transient MessageSource messages;

    public IssuePanelServlet(Issues issues, Access access, ProcessNames names, ImprovementPanels improvements,
                             LifecyclePanels lifecycles, TemplateRenderer renderer, ApplicationProperties application,
                             MessageSource messages) {
        this.issues = issues;
        this.access = access;
        this.names = names;
        this.improvements = improvements;
        this.lifecycles = lifecycles;
        this.renderer = renderer;
        this.application = application;
        this.messages = messages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<IssueRef> issue = Optional.ofNullable(request.getParameter("issueKey")).flatMap(issues::byKey)
                .filter(i -> access.currentUserMay(ProjectAccess.BROWSE, i.projectId()));
        Optional<Rendering> rendering = issue.flatMap(this::rendering);
        if (rendering.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(messages.text("csiloop.ui.panel.notFound", List.of()));
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(rendering.get().template(), Map.of("panel", rendering.get().panel(),
                ViewContext.CONTEXT_PATH, application.getBaseUrl(UrlMode.RELATIVE)), response.getWriter());
    }

    private Optional<Rendering> rendering(IssueRef issue) {
        return names.type(issue).flatMap(type -> switch (type) {
            case IMPROVEMENT -> improvements.of(issue).map(p -> new Rendering(IMPROVEMENT_TEMPLATE, p));
            case LIFECYCLE_PROJECT -> lifecycles.of(issue).map(p -> new Rendering(LIFECYCLE_TEMPLATE, p));
        });
    }

    /** Which template draws the issue's panel, and the panel. */
    private record Rendering(String template, Object panel) {
    }
}
