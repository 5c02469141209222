package io.csiloop.jira.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.csiloop.application.automation.AdministratorRequired;
import io.csiloop.application.automation.AutomationInput;
import io.csiloop.application.automation.AutomationInvalid;
import io.csiloop.application.automation.AutomationSettings;
import io.csiloop.application.automation.AutomationSettingsService;
import io.csiloop.application.automation.BundleMessages;
import io.csiloop.application.automation.DefinitionAutomationService;
import io.csiloop.application.automation.RunScope;
import io.csiloop.application.automation.SettingsInput;
import io.csiloop.kernel.FieldError;
import io.csiloop.port.Access;
import io.csiloop.port.AccessDenied;
import io.csiloop.port.GlobalAccess;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.Projects;
import io.csiloop.view.automation.ProjectAutomationPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The settings servlets: permissions, the XSRF header on every POST, and answers as JSON. */
class AutomationServletsTest {

    private static final ProjectRef OPS = new ProjectRef(10_000L, "OPS", "Operations");

    private final AutomationSettingsService settings = mock(AutomationSettingsService.class);
    private final DefinitionAutomationService automations = mock(DefinitionAutomationService.class);
    private final GlobalAccess globalAccess = mock(GlobalAccess.class);
    private final Access access = mock(Access.class);
    private final Projects projects = mock(Projects.class);
    private final ProjectAutomationPages pages = mock(ProjectAutomationPages.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final BundleMessages messages = new BundleMessages();
    private final AutomationAdminServlet admin =
            new AutomationAdminServlet(settings, globalAccess, renderer, pageBuilder, messages);
    private final ProjectAutomationServlet project = new ProjectAutomationServlet(projects, access, pages, settings,
            automations, renderer, pageBuilder, messages);
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter body = new StringWriter();

    @BeforeEach
    void http() throws Exception {
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        when(projects.byKey("OPS")).thenReturn(Optional.of(OPS));
        when(request.getParameter("projectKey")).thenReturn("OPS");
    }

    private void fromOurPage(Map<String, String> parameters) {
        when(request.getHeader("X-Atlassian-Token")).thenReturn("no-check");
        parameters.forEach((name, value) -> when(request.getParameter(name)).thenReturn(value));
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
    void aPostWithoutTheXsrfHeaderChangesNothing() throws Exception {
        when(request.getParameter("schedule")).thenReturn("INTERVAL");

        admin.doPost(request, response);
        project.doPost(request, response);

        verify(response, org.mockito.Mockito.times(2)).setStatus(HttpServletResponse.SC_FORBIDDEN);
        verifyNoInteractions(settings, automations);
    }

    @Test
    void savingTheGlobalSettingsPassesTheFormOnAndAnswersOk() throws Exception {
        fromOurPage(Map.of("schedule", "CRON", "cron", "0 0 2 * * ?", "timeZone", "UTC", "autoRaise", "true"));

        admin.doPost(request, response);

        verify(settings).saveGlobal(new SettingsInput("CRON", null, "0 0 2 * * ?", "UTC", "true"));
        verify(response).setStatus(HttpServletResponse.SC_OK);
        assertEquals("{\"ok\":true}", body.toString());
    }

    @Test
    void fieldErrorsComeBackTranslatedAsJson() throws Exception {
        fromOurPage(Map.of("schedule", "INTERVAL", "intervalMinutes", "2"));
        when(settings.saveGlobal(any())).thenThrow(new AutomationInvalid(List.of(
                FieldError.of("intervalMinutes", "csiloop.automation.error.range", 5, 40_320))));

        admin.doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_BAD_REQUEST);
        assertEquals("{\"errors\":[{\"field\":\"intervalMinutes\",\"message\":\"Enter a whole number from 5 to 40,320.\"}]}",
                body.toString());
    }

    @Test
    void aNonAdministratorsPostIsRefused() throws Exception {
        fromOurPage(Map.of("action", "runNow"));
        doThrow(new AdministratorRequired()).when(settings).runNow(RunScope.GLOBAL);

        admin.doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
    }

    @Test
    void theProjectPageNeedsAdministerProjects() throws Exception {
        project.doGet(request, response);

        verify(response).sendError(eq(HttpServletResponse.SC_FORBIDDEN), anyString());
        verifyNoInteractions(pages, renderer);
    }

    @Test
    void aDefinitionsFormIsPassedOnAsItsAutomation() throws Exception {
        when(access.currentUserMay(ProjectAccess.ADMINISTER, OPS.id())).thenReturn(true);
        fromOurPage(Map.of("action", "definition", "definitionId", "7", "jql", "project = OPS",
                "measure", "CREATED_TO_RESOLVED", "durationUnit", "HOURS", "backfillPeriods", "12", "raise", "on",
                "offTargetPeriods", "3"));

        project.doPost(request, response);

        verify(automations).configure(OPS.id(), 7, new AutomationInput("project = OPS", "CREATED_TO_RESOLVED", "HOURS", "12",
                true, "3", false));
        verify(response).setStatus(HttpServletResponse.SC_OK);
    }

    @Test
    void aDefinitionOfAnotherProjectIsRefusedLikeAMissingOne() throws Exception {
        when(access.currentUserMay(ProjectAccess.ADMINISTER, OPS.id())).thenReturn(true);
        fromOurPage(Map.of("action", "remove", "definitionId", "9"));
        when(automations.remove(OPS.id(), 9)).thenThrow(new AccessDenied(ProjectAccess.ADMINISTER, 20_000L));

        project.doPost(request, response);

        verify(response).setStatus(HttpServletResponse.SC_FORBIDDEN);
        assertEquals("{\"errors\":[{\"field\":\"\",\"message\":\"You need the permission Administer Projects for this project.\"}]}",
                body.toString());
    }

    @Test
    void runNowAndProjectSettingsGoToTheirServices() throws Exception {
        when(access.currentUserMay(ProjectAccess.ADMINISTER, OPS.id())).thenReturn(true);
        fromOurPage(Map.of("action", "settings", "schedule", "INHERIT", "timeZone", "", "autoRaise", "INHERIT"));
        project.doPost(request, response);
        when(request.getParameter("action")).thenReturn("runNow");
        project.doPost(request, response);

        verify(settings).saveProject(OPS.id(), new SettingsInput("INHERIT", null, null, "", "INHERIT"));
        verify(settings).runNow(RunScope.project(OPS.id()));
    }

    @Test
    void jsonRepliesEscapeWhatCouldBreakOut() {
        assertEquals("\"a \\\"quote\\\", a \\\\, a \\u003c/script>\\n\"", FormReply.quote("a \"quote\", a \\, a </script>\n"));
    }
}
