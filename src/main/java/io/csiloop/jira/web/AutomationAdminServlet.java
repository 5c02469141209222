package io.csiloop.jira.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.csiloop.application.automation.AutomationSettings;
import io.csiloop.application.automation.AutomationSettingsService;
import io.csiloop.application.automation.RunScope;
import io.csiloop.kernel.MessageSource;
import io.csiloop.port.GlobalAccess;
import io.csiloop.view.automation.AutomationAdminPage;
import io.csiloop.view.automation.PageText;
import io.csiloop.view.automation.Times;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The global automation settings ({@code /plugins/servlet/csiloop/automation}), for Jira administrators only: the
 * schedule, time zone and raising switch every project follows unless it sets its own, and "run now". Only renders
 * the page: its script saves through the REST API ({@code io.csiloop.rest.AutomationSettingsResource}). An anonymous
 * visitor is sent to Jira's login first ({@link LoginRedirect}).
 */
public final class AutomationAdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "templates/automation/admin.vm";
    static final String WEB_RESOURCE_CONTEXT = "csiloop.automation";

    private final transient AutomationSettingsService settings;
    private final transient GlobalAccess globalAccess;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pageBuilder;
    private final transient MessageSource messages;
    private final transient LoginRedirect login;

    public AutomationAdminServlet(AutomationSettingsService settings, GlobalAccess globalAccess,
            TemplateRenderer renderer, PageBuilderService pageBuilder, MessageSource messages,
            LoginRedirect login) {
        this.settings = settings;
        this.globalAccess = globalAccess;
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
        if (!globalAccess.currentUserIsAdministrator()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, text("csiloop.automation.forbidden.global"));
            return;
        }
        AutomationSettings global = settings.global();
        AutomationAdminPage page = new AutomationAdminPage(global,
                Times.lastRun(settings.lastRun(RunScope.GLOBAL), global.zone(), messages));
        pageBuilder.assembler().resources().requireContext(WEB_RESOURCE_CONTEXT);
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, Map.of("page", page, "text", new PageText(messages)), response.getWriter());
    }

    private String text(String key) {
        return messages.text(key, List.of());
    }
}
