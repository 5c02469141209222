package io.csiloop.jira.web;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.csiloop.application.measure.ProjectMeasures;
import io.csiloop.kernel.EnglishMessages;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.Access;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.Projects;
import io.csiloop.port.UserDirectory;
import io.csiloop.port.UserRef;
import io.csiloop.view.JiraVelocity;
import io.csiloop.view.MeasureLink;
import io.csiloop.view.MeasurePage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The measure page's servlet: who sees it, one answer for what is not there, and every name escaped. */
class MeasurePageServletTest {

    private static final ProjectRef OPS = new ProjectRef(10_000L, "OPS", "Ops <b>& co</b>");
    private static final String HOSTILE = "<script>alert('name')</script> \"FCR\" & co";
    private static final StoredDefinition FCR = new StoredDefinition(7, 10_000L, new Ownership(20_000L, "ada"),
            new MeasurementDefinition("FCR", HOSTILE, null, "% <i>", Direction.HIGHER_IS_BETTER, 75.0, null, 1, null,
                    Aggregation.MEDIAN, PeriodUnit.MONTH, MeasurementSource.MANUAL, null, null),
            1, Instant.EPOCH, Instant.EPOCH);

    private final Projects projects = mock(Projects.class);
    private final Access access = mock(Access.class);
    private final ProjectMeasures measures = mock(ProjectMeasures.class);
    private final Issues issues = mock(Issues.class);
    private final TemplateRenderer renderer = mock(TemplateRenderer.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    /** As Jira's user manager: Ada by her key, nobody else (a deleted user's key finds no one). */
    private final UserDirectory people = key -> "ada".equals(key)
            ? Optional.of(new UserRef("ada", "Ada <i>Lovelace</i>")) : Optional.empty();
    private final MeasurePageServlet servlet = new MeasurePageServlet(projects, access, measures, issues, renderer,
            pageBuilder, application, new EnglishMessages(), people, Visitors.signedIn());
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);

    @Test
    void showsTheMeasureToAUserWhoMayBrowseWithoutTheControlsOfAnEditor() throws Exception {
        asking("OPS", "7");
        when(access.currentUserMay(ProjectAccess.BROWSE, 10_000L)).thenReturn(true);
        when(measures.inProject(10_000L, 7)).thenReturn(FCR);
        when(issues.byId(20_000L)).thenReturn(Optional.of(new IssueRef(20_000L, "OPS-3", 10_000L, "s", "Improvement", "Open")));
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        when(response.getWriter()).thenReturn(new PrintWriter(new StringWriter()));

        servlet.doGet(request, response);

        ArgumentCaptor<Map<String, Object>> context = ArgumentCaptor.captor();
        verify(renderer).render(eq(MeasurePageServlet.TEMPLATE), context.capture(), any());
        MeasurePage page = (MeasurePage) context.getValue().get("page");
        assertEquals("OPS-3", page.getImprovementKey());
        assertEquals("Ada <i>Lovelace</i>", page.getOwner(), "the owner by the name Jira shows, not the key");
        assertFalse(page.isMayEdit());
        verify(pageBuilder.assembler().resources()).requireContext("csiloop.measure-page");
    }

    @Test
    void sendsAnAnonymousVisitorToTheLoginToComeBackToTheMeasure() throws Exception {
        Visitors.asking(request, "/csiloop/measure", "projectKey=OPS&definitionId=7");
        MeasurePageServlet anonymous = new MeasurePageServlet(projects, access, measures, issues, renderer,
                pageBuilder, application, new EnglishMessages(), people, Visitors.anonymous());

        anonymous.doGet(request, response);

        verify(response).sendRedirect(Visitors.LOGIN
                + "%2Fplugins%2Fservlet%2Fcsiloop%2Fmeasure%3FprojectKey%3DOPS%26definitionId%3D7");
        verifyNoInteractions(projects, access, measures, renderer);
    }

    @Test
    void showsTheKeyOfAnOwnerJiraNoLongerKnows() {
        StoredDefinition orphan = new StoredDefinition(8, 10_000L, new Ownership(null, "JIRAUSER10999"), FCR.definition(),
                1, Instant.EPOCH, Instant.EPOCH);
        assertEquals("JIRAUSER10999", MeasurePage.of(OPS, orphan, "", false, new EnglishMessages(), people).getOwner());
    }

    @Test
    void answersAProjectTheUserMayNotBrowseLikeOneThatDoesNotExist() throws Exception {
        asking("OPS", "7");
        when(access.currentUserMay(ProjectAccess.BROWSE, 10_000L)).thenReturn(false);
        servlet.doGet(request, response);
        asking("NOPE", "7");
        servlet.doGet(request, response);

        verify(response, org.mockito.Mockito.times(2)).sendError(HttpServletResponse.SC_NOT_FOUND,
                "There is no such measure, or you may not see it.");
        verifyNoInteractions(measures, renderer);
    }

    @Test
    void answersAnotherProjectsOrAMalformedMeasureLikeOneThatDoesNotExist() throws Exception {
        when(access.currentUserMay(ProjectAccess.BROWSE, 10_000L)).thenReturn(true);
        when(measures.inProject(10_000L, 8)).thenThrow(new DefinitionNotFound(8));
        asking("OPS", "8");
        servlet.doGet(request, response);
        asking("OPS", "1e3");
        servlet.doGet(request, response);

        verify(response, org.mockito.Mockito.times(2)).sendError(HttpServletResponse.SC_NOT_FOUND,
                "There is no such measure, or you may not see it.");
        verifyNoInteractions(renderer);
    }

    @Test
    void escapesEveryNameAsJiraRendersThePage() throws Exception {
        MeasurePage page = MeasurePage.of(OPS, FCR, "OPS-3", true, new EnglishMessages(), people);

        String html = new JiraVelocity().templateRenderer(MeasurePageServlet.TEMPLATE, Map.of("page", page, "contextPath", "/jira"));

        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<b>& co"), html);
        assertTrue(html.contains("Ada &lt;i&gt;Lovelace&lt;/i&gt;"), "the owner's name escaped too");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt; &quot;FCR&quot; &amp; co"), html);
        assertTrue(html.contains("href=\"/jira/projects/OPS?selectedItem=io.csiloop.jira:csiloop-project-page\""), html);
        assertTrue(html.contains("id=\"csiloop-rebase-dialog\""), "an editor gets the approve dialog");
        assertTrue(html.contains("<meta name=\"decorator\" content=\"atl.general\"/>"), html);
    }

    @Test
    void buildsTheMeasureAddressWithTheKeyEncoded() {
        assertEquals("/plugins/servlet/csiloop/measure?projectKey=A%26B+C&definitionId=7", new MeasureLink("A&B C").path(7));
    }

    private void asking(String projectKey, String definitionId) {
        when(request.getParameter("projectKey")).thenReturn(projectKey);
        when(request.getParameter("definitionId")).thenReturn(definitionId);
        when(projects.byKey(projectKey)).thenReturn(projectKey.equals("OPS") ? Optional.of(OPS) : Optional.empty());
    }
}
