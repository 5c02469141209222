package io.csiloop.jira.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.csiloop.kernel.MessageSource;
import io.csiloop.port.Access;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.ProjectSetup;
import io.csiloop.port.Projects;
import io.csiloop.port.SetupNotInstalled;
import io.csiloop.view.ProjectSetupPage;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The project settings page "Enable CSI Loop for this project" ({@code /plugins/servlet/csiloop/project-setup?
 * projectKey=KEY}): shows the plan; the page's script applies it through the REST API, which checks XSRF.
 * This servlet only reads, and only for users who may administer the project; an anonymous visitor is sent to Jira's
 * login first ({@link LoginRedirect}).
 */
public final class ProjectSetupServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/project/enable-csiloop.vm";
    static final String WEB_RESOURCE_CONTEXT = "csiloop.project-setup";

    private final transient Projects projects;
    private final transient Access access;
    private final transient ProjectSetup projectSetup;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient MessageSource messages;
    private final transient LoginRedirect login;

    public ProjectSetupServlet(Projects projects, Access access, ProjectSetup projectSetup, TemplateRenderer renderer,
                               PageBuilderService pageBuilder, MessageSource messages, LoginRedirect login) {
        this.projects = projects;
        this.access = access;
        this.projectSetup = projectSetup;
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
        Optional<ProjectRef> project = Optional.ofNullable(request.getParameter("projectKey")).flatMap(projects::byKey);
        if (project.isEmpty() || !access.currentUserMay(ProjectAccess.ADMINISTER, project.get().id())) {
            // The same answer for a project that does not exist, so that its existence does not leak.
            response.sendError(HttpServletResponse.SC_FORBIDDEN,
                    messages.text("csiloop.projectSetup.forbidden", java.util.List.of()));
            return;
        }
        ProjectSetupPage page;
        try {
            page = ProjectSetupPage.of(projectSetup.plan(project.get().id()), messages);
        } catch (SetupNotInstalled e) {
            page = ProjectSetupPage.unavailable(project.get(), messages, "csiloop.projectSetup.notInstalled");
        }
        pageBuilder.assembler().resources().requireContext(WEB_RESOURCE_CONTEXT);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, Map.of("page", page), response.getWriter());
    }
}
