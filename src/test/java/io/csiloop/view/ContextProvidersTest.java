package io.csiloop.view;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.csiloop.jira.web.ImprovementPanelContextProvider;
import io.csiloop.jira.web.ProjectPageContextProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The context providers return the map Jira passes, augmented with the view of the object it names and Jira's
 * context path, and require their panel's web resources; for what the viewer may not see they add nothing.
 */
class ContextProvidersTest {

    private final ImprovementPanels panels = mock(ImprovementPanels.class);
    private final ProjectPages pages = mock(ProjectPages.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class, RETURNS_DEEP_STUBS);
    private final ApplicationProperties application = mock(ApplicationProperties.class);

    ContextProvidersTest() {
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
    }

    @Test
    void shouldAddTheIssuesPanelToJirasContextAndRequireThePanelsResources() {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(10_002L);
        ImprovementPanel panel = new ImprovementPanel(new PanelIssue(10_002L, "SVC-2", "SVC"), false, "", 1, List.of(),
                null, null, null, List.of(), null, false, List.of(), null);
        when(panels.of(10_002L)).thenReturn(Optional.of(panel));

        Map<String, Object> context = new ImprovementPanelContextProvider(panels, pageBuilder, application)
                .getContextMap(Map.of("issue", issue, "user", "admin"));

        assertEquals(Map.of("issue", issue, "user", "admin", "panel", panel, "contextPath", "/jira"), context);
        verify(pageBuilder.assembler().resources()).requireContext("csiloop.issue-panel");
    }

    @Test
    void shouldAddNothingForAnIssueTheViewerMayNotSeeOrNoIssue() {
        Issue issue = mock(Issue.class);
        Project project = mock(Project.class);
        when(issue.getId()).thenReturn(10_002L);
        when(panels.of(10_002L)).thenReturn(Optional.empty());
        ImprovementPanelContextProvider provider = new ImprovementPanelContextProvider(panels, pageBuilder, application);

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
