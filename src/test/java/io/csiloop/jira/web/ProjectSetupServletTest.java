package io.csiloop.jira.web;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.csiloop.kernel.EnglishMessages;
import io.csiloop.port.Access;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.ProjectSetup;
import io.csiloop.port.Projects;
import io.csiloop.port.SetupNotInstalled;
import io.csiloop.port.SetupPlan;
import io.csiloop.view.ProjectSetupPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class ProjectSetupServletTest {

    private static final ProjectRef OPS = new ProjectRef(10_000L, "OPS", "Operations");

    private final Projects projects = mock(Projects.class);
    private final Access access = mock(Access.class);
    private final ProjectSetup projectSetup = mock(ProjectSetup.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final ProjectSetupServlet servlet =
            new ProjectSetupServlet(projects, access, projectSetup, renderer, pageBuilder, new EnglishMessages(),
                    Visitors.signedIn());
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);

    @Test
    void showsThePlanToAProjectAdministrator() throws Exception {
        when(request.getParameter("projectKey")).thenReturn("OPS");
        when(projects.byKey("OPS")).thenReturn(Optional.of(OPS));
        when(access.currentUserMay(ProjectAccess.ADMINISTER, 10_000L)).thenReturn(true);
        when(projectSetup.plan(10_000L)).thenReturn(new SetupPlan(OPS, List.of(), List.of()));
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));

        servlet.doGet(request, response);

        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.captor();
        verify(renderer).render(eq(ProjectSetupServlet.TEMPLATE), context.capture(), any());
        assertTrue(((ProjectSetupPage) context.getValue().get("page")).isEnabled());
        verify(pageBuilder.assembler().resources()).requireContext("csiloop.project-setup");
    }

    @Test
    void sendsAnAnonymousVisitorToTheLoginToComeBackToThePage() throws Exception {
        Visitors.asking(request, "/csiloop/project-setup", "projectKey=OPS");
        ProjectSetupServlet anonymous = new ProjectSetupServlet(projects, access, projectSetup, renderer, pageBuilder,
                new EnglishMessages(), Visitors.anonymous());

        anonymous.doGet(request, response);

        verify(response).sendRedirect(Visitors.LOGIN + "%2Fplugins%2Fservlet%2Fcsiloop%2Fproject-setup%3FprojectKey%3DOPS");
        verify(response, never()).sendError(any(Integer.class), anyString());
        verifyNoInteractions(projects, access, projectSetup, renderer);
    }

    @Test
    void refusesAUserWhoMayNotAdministerTheProject() throws Exception {
        when(request.getParameter("projectKey")).thenReturn("OPS");
        when(projects.byKey("OPS")).thenReturn(Optional.of(OPS));
        when(access.currentUserMay(ProjectAccess.ADMINISTER, 10_000L)).thenReturn(false);

        servlet.doGet(request, response);

        verify(response).sendError(eq(HttpServletResponse.SC_FORBIDDEN), anyString());
        verifyNoInteractions(projectSetup, renderer);
    }

    @Test
    void answersAnUnknownProjectLikeAForbiddenOne() throws Exception {
        when(request.getParameter("projectKey")).thenReturn("NOPE");
        when(projects.byKey("NOPE")).thenReturn(Optional.empty());

        servlet.doGet(request, response);

        verify(response).sendError(eq(HttpServletResponse.SC_FORBIDDEN), anyString());
        verify(access, never()).currentUserMay(any(), any(Long.class));
        verifyNoInteractions(projectSetup, renderer);
    }

    @Test
    void saysSoWhenSetupHasNotInstalledTheWorkflows() throws Exception {
        when(request.getParameter("projectKey")).thenReturn("OPS");
        when(projects.byKey("OPS")).thenReturn(Optional.of(OPS));
        when(access.currentUserMay(ProjectAccess.ADMINISTER, 10_000L)).thenReturn(true);
        when(projectSetup.plan(10_000L)).thenThrow(new SetupNotInstalled());
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));

        servlet.doGet(request, response);

        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.captor();
        verify(renderer).render(eq(ProjectSetupServlet.TEMPLATE), context.capture(), any());
        assertEquals(new EnglishMessages().text("csiloop.projectSetup.notInstalled"),
                ((ProjectSetupPage) context.getValue().get("page")).getProblem());
    }

}
