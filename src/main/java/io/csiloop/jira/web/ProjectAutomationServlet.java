package io.csiloop.jira.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.csiloop.application.automation.AutomationInput;
import io.csiloop.application.automation.AutomationInvalid;
import io.csiloop.application.automation.AutomationSettingsService;
import io.csiloop.application.automation.DefinitionAutomationService;
import io.csiloop.application.automation.RunScope;
import io.csiloop.application.automation.SettingsInput;
import io.csiloop.kernel.MessageSource;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.port.Access;
import io.csiloop.port.AccessDenied;
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
 * now". POSTs ({@code action} = {@code settings}, {@code definition}, {@code remove} or {@code runNow}) need
 * {@code X-Atlassian-Token: no-check} and answer JSON (see {@link FormReply}); the services check the permission
 * again.
 */
public final class ProjectAutomationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/automation/project.vm";

    private final transient Projects projects;
    private final transient Access access;
    private final transient ProjectAutomationPages pages;
    private final transient AutomationSettingsService settings;
    private final transient DefinitionAutomationService automations;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient MessageSource messages;

    public ProjectAutomationServlet(Projects projects, Access access, ProjectAutomationPages pages,
            AutomationSettingsService settings, DefinitionAutomationService automations, TemplateRenderer renderer,
            PageBuilderService pageBuilder, MessageSource messages) {
        this.projects = projects;
        this.access = access;
        this.pages = pages;
        this.settings = settings;
        this.automations = automations;
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.messages = messages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
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

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!FormReply.fromOurPage(request)) {
            FormReply.refused(response, HttpServletResponse.SC_FORBIDDEN, text("csiloop.automation.xsrf"));
            return;
        }
        Optional<ProjectRef> project = administered(request);
        try {
            if (project.isEmpty()) {
                throw new AccessDenied(ProjectAccess.ADMINISTER, 0);
            }
            apply(request, project.get().id());
            FormReply.ok(response);
        } catch (AccessDenied | DefinitionNotFound e) {
            // The same answer for a definition that does not exist, so that its existence does not leak.
            FormReply.refused(response, HttpServletResponse.SC_FORBIDDEN, text("csiloop.automation.forbidden.project"));
        } catch (AutomationInvalid e) {
            FormReply.invalid(response, e.errors(), messages);
        }
    }

    private void apply(HttpServletRequest request, long projectId) {
        String action = request.getParameter("action");
        if ("settings".equals(action)) {
            settings.saveProject(projectId, new SettingsInput(request.getParameter("schedule"),
                    request.getParameter("intervalMinutes"), request.getParameter("cron"),
                    request.getParameter("timeZone"), request.getParameter("autoRaise")));
        } else if ("definition".equals(action)) {
            automations.configure(projectId, definitionId(request), new AutomationInput(request.getParameter("jql"),
                    request.getParameter("measure"), request.getParameter("durationUnit"),
                    request.getParameter("backfillPeriods"), checked(request, "raise"),
                    request.getParameter("offTargetPeriods"), checked(request, "chartSignals")));
        } else if ("remove".equals(action)) {
            automations.remove(projectId, definitionId(request));
        } else if ("runNow".equals(action)) {
            settings.runNow(RunScope.project(projectId));
        } else {
            throw new AccessDenied(ProjectAccess.ADMINISTER, projectId);
        }
    }

    /** The project the request names, when the current user may administer it. */
    private Optional<ProjectRef> administered(HttpServletRequest request) {
        return Optional.ofNullable(request.getParameter("projectKey")).flatMap(projects::byKey)
                .filter(p -> access.currentUserMay(ProjectAccess.ADMINISTER, p.id()));
    }

    private static int definitionId(HttpServletRequest request) {
        try {
            return Integer.parseInt(request.getParameter("definitionId"));
        } catch (NumberFormatException e) {
            throw new DefinitionNotFound(0);
        }
    }

    private static boolean checked(HttpServletRequest request, String name) {
        return "on".equals(request.getParameter(name)) || "true".equals(request.getParameter(name));
    }

    private String text(String key) {
        return messages.text(key, List.of());
    }
}
