package io.csiloop.view;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.csiloop.jira.web.ImprovementPanelContextProvider;
import io.csiloop.jira.web.LifecyclePanelContextProvider;
import io.csiloop.jira.web.ProjectPageContextProvider;
import io.csiloop.port.Access;
import io.csiloop.port.ProjectAccess;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * The context providers return the map Jira passes, augmented with the view of the object it names and Jira's
 * context path, and require their panel's web resources; for what the viewer may not see they add nothing. The issue
 * panels' is a shell made of Jira's issue alone: its content comes after the page (IssuePanelServlet).
 */
class ContextProvidersTest {

    private final ImprovementPanels panels = mock(ImprovementPanels.class);
    private final Access access = mock(Access.class);
    private final ProjectPages pages = mock(ProjectPages.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final ApplicationProperties application = mock(ApplicationProperties.class);

    ContextProvidersTest() {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
    }

    @Test
    void shouldAddTheIssuesPanelShellFromJirasIssueAloneAndRequireThePanelsResources() {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("SVC-2");
        when(issue.getProjectId()).thenReturn(10_000L);
        when(access.currentUserMay(ProjectAccess.BROWSE, 10_000L)).thenReturn(true);

        Map<String, Object> context = new ImprovementPanelContextProvider(access, pageBuilder, application)
                .getContextMap(Map.of("issue", issue, "user", "admin"));

        PanelShell shell = (PanelShell) context.get("shell");
        assertEquals(Set.of("issue", "user", "shell", "contextPath"), context.keySet());
        assertEquals("SVC-2", shell.getIssueKey());
        assertEquals("improvement", shell.getKind());
        assertEquals("/plugins/servlet/csiloop/issue-panel?issueKey=SVC-2", shell.getContentPath());
        assertEquals("/jira", context.get("contextPath"));
        verify(pageBuilder.assembler().resources()).requireContext("csiloop.issue-panel");
        // The shell is drawn with Jira's page: from the issue Jira hands over, no read of the app's or Jira's data.
        verify(issue, never()).getId();
        verifyNoInteractions(panels);
    }

    @Test
    void shouldAddTheLifecycleShellWithTheKeyEncoded() {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("A&B-1");
        when(issue.getProjectId()).thenReturn(10_000L);
        when(access.currentUserMay(ProjectAccess.BROWSE, 10_000L)).thenReturn(true);

        PanelShell shell = (PanelShell) new LifecyclePanelContextProvider(access, pageBuilder, application)
                .getContextMap(Map.of("issue", issue)).get("shell");

        assertEquals("lifecycle", shell.getKind());
        assertEquals("/plugins/servlet/csiloop/issue-panel?issueKey=A%26B-1", shell.getContentPath());
    }

    @Test
    void shouldAddNothingForAnIssueTheViewerMayNotSeeOrNoIssue() {
        Issue issue = mock(Issue.class);
        Project project = mock(Project.class);
        when(issue.getKey()).thenReturn("SVC-2");
        when(issue.getProjectId()).thenReturn(10_000L);
        ImprovementPanelContextProvider provider = new ImprovementPanelContextProvider(access, pageBuilder, application);

        assertEquals(Map.of("issue", issue), provider.getContextMap(Map.of("issue", issue)));
        assertEquals(Map.of("project", project), provider.getContextMap(Map.of("project", project)));
        verify(pageBuilder.assembler().resources(), never()).requireContext(anyString());
    }

    @Test
    void shouldAddTheProjectsPageAndRequireItsResources() {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10_000L);
        ProjectPage page = new ProjectPage("SVC", "Service Operations", List.of(), List.of(), false, "viewer", false);
        when(pages.of(10_000L)).thenReturn(Optional.of(page));

        assertEquals(Map.of("project", project, "page", page, "contextPath", "/jira"),
                new ProjectPageContextProvider(pages, pageBuilder, application).getContextMap(Map.of("project", project)));
        verify(pageBuilder.assembler().resources()).requireContext("csiloop.project-page");
    }
}
