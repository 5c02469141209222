package io.csiloop.jira.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.csiloop.application.process.ProcessNames;
import io.csiloop.kernel.EnglishMessages;
import io.csiloop.port.Access;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;
import io.csiloop.port.ProjectAccess;
import io.csiloop.view.ImprovementPanel;
import io.csiloop.view.ImprovementPanels;
import io.csiloop.view.JiraVelocity;
import io.csiloop.view.LifecyclePanel;
import io.csiloop.view.LifecyclePanels;
import io.csiloop.view.PanelIssue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The issue panels' content endpoint: the panel of the issue's type with the names the web panel had, never
 * stored by the browser, and one 404 for an issue that is not there, of no CSI Loop type, or not to be seen by the
 * person asking (anonymous included: Jira's permission decides, and it lets an anonymous visitor browse nothing here).
 */
class IssuePanelServletTest {

    private static final IssueRef SVC_2 = new IssueRef(10_002L, "SVC-2", 10_000L, "s", "Improvement", "Collect data");
    private static final IssueRef SVC_1 = new IssueRef(10_001L, "SVC-1", 10_000L, "s", "Lifecycle Project", "Planning");
    private static final IssueRef SVC_9 = new IssueRef(10_009L, "SVC-9", 10_000L, "s", "Task", "Open");
    private static final String NOT_FOUND = "There is no such issue with a CSI Loop panel, or you may not see it.";

    private final Issues issues = mock(Issues.class);
    private final Access access = mock(Access.class);
    private final ImprovementPanels improvements = mock(ImprovementPanels.class);
    private final LifecyclePanels lifecycles = mock(LifecyclePanels.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final IssuePanelServlet servlet = new IssuePanelServlet(issues, access, new ProcessNames(), improvements,
            lifecycles, renderer, application, new EnglishMessages());
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final StringWriter written = new StringWriter();

    IssuePanelServletTest() throws Exception {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        when(response.getWriter()).thenReturn(new PrintWriter(written));
        for (IssueRef issue : List.of(SVC_1, SVC_2, SVC_9)) {
            when(issues.byKey(issue.key())).thenReturn(Optional.of(issue));
        }
    }

    @Test
    void rendersTheImprovementPanelOfAnImprovementWithTheNamesTheWebPanelHad() throws Exception {
        ImprovementPanel panel = mock(ImprovementPanel.class);
        browsable();
        when(improvements.of(SVC_2)).thenReturn(Optional.of(panel));
        asking("SVC-2");

        servlet.doGet(request, response);

        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.captor();
        verify(renderer).render(eq("templates/panels/improvement.vm"), context.capture(), any());
        assertEquals(Map.of("panel", panel, "contextPath", "/jira"), context.getValue());
        verify(response).setContentType("text/html;charset=UTF-8");
        verify(response).setHeader("Cache-Control", "no-store");
        verifyNoInteractions(lifecycles);
    }

    @Test
    void rendersTheLifecyclePanelOfALifecycleProjectAsJiraRendersItsTemplate() throws Exception {
        LifecyclePanel panel = new LifecyclePanel(new PanelIssue(10_001L, "SVC-1", "SVC"), false, List.of(), null, null,
                false, List.of(), false);
        browsable();
        when(lifecycles.of(SVC_1)).thenReturn(Optional.of(panel));
        asking("SVC-1");

        servlet.doGet(request, response);

        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.captor();
        verify(renderer).render(eq("templates/panels/lifecycle.vm"), context.capture(), any());
        assertSame(panel, context.getValue().get("panel"));
        // Jira's renderer adds only $i18n and $webResourceManager: the map the servlet passes is enough.
        String html = new JiraVelocity().templateRenderer("templates/panels/lifecycle.vm", context.getValue());
        assertTrue(html.contains("class=\"csiloop-panel csiloop-lifecycle-panel\" data-issue-key=\"SVC-1\""), html);
        verifyNoInteractions(improvements);
    }

    @Test
    void answersAnIssueThePersonMayNotBrowseAsAnAnonymousVisitorLikeOneThatIsNotThere() throws Exception {
        when(access.currentUserMay(ProjectAccess.BROWSE, 10_000L)).thenReturn(false); // no one logged in, or no right
        asking("SVC-2");

        servlet.doGet(request, response);

        assertNotFound();
        verifyNoInteractions(improvements, lifecycles, renderer);
    }

    @Test
    void answersAnUnknownOrMissingKeyAndAnIssueOfAnotherTypeWith404() throws Exception {
        browsable();
        for (String key : new String[] {"NOPE-1", null, "SVC-9"}) {
            StringWriter each = new StringWriter();
            when(response.getWriter()).thenReturn(new PrintWriter(each));
            asking(key);

            servlet.doGet(request, response);

            assertEquals(NOT_FOUND, each.toString(), String.valueOf(key));
        }
        verify(response, org.mockito.Mockito.times(3)).setStatus(HttpServletResponse.SC_NOT_FOUND);
        verifyNoInteractions(improvements, lifecycles, renderer);
    }

    private void assertNotFound() {
        assertAll(() -> verify(response).setStatus(HttpServletResponse.SC_NOT_FOUND),
                () -> verify(response).setContentType("text/plain;charset=UTF-8"),
                () -> verify(response).setHeader("Cache-Control", "no-store"),
                () -> assertEquals(NOT_FOUND, written.toString()));
    }

    private void browsable() {
        when(access.currentUserMay(ProjectAccess.BROWSE, 10_000L)).thenReturn(true);
    }

    private void asking(String issueKey) {
        when(request.getParameter("issueKey")).thenReturn(issueKey);
    }
}
