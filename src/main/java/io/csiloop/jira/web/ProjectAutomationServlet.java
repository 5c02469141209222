package io.csiloop.jira.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.csiloop.kernel.MessageSource;
import io.csiloop.port.Access;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.Projects;
import io.csiloop.view.automation.PageText;
import io.csiloop.view.automation.ProjectAutomationPage;
import io.csiloop.view.automation.ProjectAutomationPages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's automation ({@code /plugins/servlet/csiloop/project-automation?projectKey=KEY}), for users who may
 * administer the project: its own settings, each measurement's JQL collection and raising, their progress, and "run
 * now". Only renders the page: its script saves through the REST API ({@code io.csiloop.rest.ProjectAutomationResource}),
 * which checks the permission itself. An anonymous visitor is sent to Jira's login first ({@link LoginRedirect}).
 */
public final class ProjectAutomationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/automation/project.vm";

    private final transient Projects projects;
    private final transient Access access;
    private final transient ProjectAutomationPages pages;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient MessageSource messages;
    private final transient LoginRedirect login;

    public ProjectAutomationServlet(Projects projects, Access access, ProjectAutomationPages pages,
            TemplateRenderer renderer, PageBuilderService pageBuilder, MessageSource messages,
            LoginRedirect login) {
        this.projects = projects;
        this.access = access;
        this.pages = pages;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.messages = messages;
        this.login = login;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (login.sentToLoginIfAnonymous(request, response)) {
            return;
        }
        Optional<ProjectRef> project = administered(request);
        if (project.isEmpty()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, text("csiloop.automation.forbidden.project"));
            return;
        }
        ProjectAutomationPage page = pages.page(project.get());
        pageBuilder.assembler().resources().requireContext(AutomationAdminServlet.WEB_RESOURCE_CONTEXT);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, Map.of("page", page, "text", new PageText(messages)), response.getWriter());
    }

    /** The project the request names, when the current user may administer it. */
    private Optional<ProjectRef> administered(HttpServletRequest request) {
        return Optional.ofNullable(request.getParameter("projectKey")).flatMap(projects::byKey)
                .filter(p -> access.currentUserMay(ProjectAccess.ADMINISTER, p.id()));
    }

    private String text(String key) {
        return messages.text(key, List.of());
    }
}
