package io.csiloop.jira.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.csiloop.application.automation.AutomationSettings;
import io.csiloop.application.automation.AutomationSettingsService;
import io.csiloop.application.automation.BundleMessages;
import io.csiloop.port.Access;
import io.csiloop.port.GlobalAccess;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.Projects;
import io.csiloop.view.automation.ProjectAutomationPage;
import io.csiloop.view.automation.ProjectAutomationPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The settings servlets only render their pages, each for those who may see it; every change goes through the REST
 * API (AutomationResourcesTest), so a POST to a servlet is not allowed.
 */
class AutomationServletsTest {

    private static final ProjectRef OPS = new ProjectRef(10_000L, "OPS", "Operations");

    private final AutomationSettingsService settings = mock(AutomationSettingsService.class);
    private final GlobalAccess globalAccess = mock(GlobalAccess.class);
    private final Access access = mock(Access.class);
    private final Projects projects = mock(Projects.class);
    private final ProjectAutomationPages pages = mock(ProjectAutomationPages.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final BundleMessages messages = new BundleMessages();
    private final AutomationAdminServlet admin =
            new AutomationAdminServlet(settings, globalAccess, renderer, pageBuilder, messages, Visitors.signedIn());
    private final ProjectAutomationServlet project = new ProjectAutomationServlet(projects, access, pages, renderer,
            pageBuilder, messages, Visitors.signedIn());
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);

    @BeforeEach
    void http() throws Exception {
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));
        when(projects.byKey("OPS")).thenReturn(Optional.of(OPS));
        when(request.getParameter("projectKey")).thenReturn("OPS");
    }

    @Test
    void anAnonymousVisitorGoesToTheLoginToComeBackToEitherPage() throws Exception {
        HttpServletResponse second = mock(HttpServletResponse.class);
        Visitors.asking(request, "/csiloop/automation", null);
        new AutomationAdminServlet(settings, globalAccess, renderer, pageBuilder, messages, Visitors.anonymous())
                .doGet(request, response);
        Visitors.asking(request, "/csiloop/project-automation", "projectKey=OPS");
        new ProjectAutomationServlet(projects, access, pages, renderer, pageBuilder, messages, Visitors.anonymous())
                .doGet(request, second);

        verify(response).sendRedirect(Visitors.LOGIN + "%2Fplugins%2Fservlet%2Fcsiloop%2Fautomation");
        verify(second).sendRedirect(Visitors.LOGIN
                + "%2Fplugins%2Fservlet%2Fcsiloop%2Fproject-automation%3FprojectKey%3DOPS");
        verifyNoInteractions(settings, globalAccess, access, pages, renderer);
    }

    @Test
    void theGlobalPageIsForJiraAdministratorsOnly() throws Exception {
        admin.doGet(request, response);

        verify(response).sendError(eq(HttpServletResponse.SC_FORBIDDEN), anyString());
        verifyNoInteractions(renderer);
    }

    @Test
    void anAdministratorSeesTheGlobalPage() throws Exception {
        when(globalAccess.currentUserIsAdministrator()).thenReturn(true);
        when(settings.global()).thenReturn(AutomationSettings.defaults(ZoneId.of("UTC")));

        admin.doGet(request, response);

        verify(renderer).render(eq(AutomationAdminServlet.TEMPLATE), any(), any());
        verify(pageBuilder.assembler().resources()).requireContext("csiloop.automation");
    }

    @Test
    void theProjectPageNeedsAdministerProjects() throws Exception {
        project.doGet(request, response);

        verify(response).sendError(eq(HttpServletResponse.SC_FORBIDDEN), anyString());
        verifyNoInteractions(pages, renderer);
    }

    @Test
    void aProjectAdministratorSeesTheProjectPage() throws Exception {
        when(access.currentUserMay(ProjectAccess.ADMINISTER, OPS.id())).thenReturn(true);
        when(pages.page(OPS)).thenReturn(mock(ProjectAutomationPage.class));

        project.doGet(request, response);

        verify(renderer).render(eq(ProjectAutomationServlet.TEMPLATE), any(), any());
        verify(pageBuilder.assembler().resources()).requireContext("csiloop.automation");
    }

    @Test
    void neitherServletTakesAPostChangesGoThroughRest() throws Exception {
        when(globalAccess.currentUserIsAdministrator()).thenReturn(true);
        when(access.currentUserMay(ProjectAccess.ADMINISTER, OPS.id())).thenReturn(true);
        when(request.getMethod()).thenReturn("POST");
        when(request.getProtocol()).thenReturn("HTTP/1.1");

        admin.service(request, response);
        project.service(request, response);

        verify(response, org.mockito.Mockito.times(2))
                .sendError(eq(HttpServletResponse.SC_METHOD_NOT_ALLOWED), anyString());
        verifyNoInteractions(settings, pages);
    }
}
