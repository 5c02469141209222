package io.csiloop.view;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import io.csiloop.jira.web.ImprovementPanelContextProvider;
import io.csiloop.jira.web.ProjectPageContextProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The context providers hand the template the view of the object Jira passes, or nothing the viewer may not see. */
class ContextProvidersTest {

    private final ImprovementPanels panels = mock(ImprovementPanels.class);
    private final ProjectPages pages = mock(ProjectPages.class);

    @Test
    void shouldGiveTheIssuesPanelAsPanel() {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(10_002L);
        ImprovementPanel panel = new ImprovementPanel(new PanelIssue(10_002L, "SVC-2", "SVC"), false, "", 1, List.of(),
                null, null, List.of(), null, false);
        when(panels.of(10_002L)).thenReturn(Optional.of(panel));

        assertEquals(Map.of("panel", panel), new ImprovementPanelContextProvider(panels).getContextMap(Map.of("issue", issue)));
    }

    @Test
    void shouldGiveNothingForAnIssueTheViewerMayNotSeeOrNoIssue() {
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(10_002L);
        when(panels.of(10_002L)).thenReturn(Optional.empty());
        ImprovementPanelContextProvider provider = new ImprovementPanelContextProvider(panels);

        assertEquals(Map.of(), provider.getContextMap(Map.of("issue", issue)));
        assertEquals(Map.of(), provider.getContextMap(Map.of("project", mock(Project.class))));
    }

    @Test
    void shouldGiveTheProjectsPageAsPage() {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10_000L);
        ProjectPage page = new ProjectPage("SVC", "Service Operations", List.of(), List.of(), false, "viewer");
        when(pages.of(10_000L)).thenReturn(Optional.of(page));

        assertEquals(Map.of("page", page), new ProjectPageContextProvider(pages).getContextMap(Map.of("project", project)));
    }
}
