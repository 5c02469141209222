package io.csiloop.view;

import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.csiloop.jira.web.ProjectPageContextProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The project page renders with what Jira gives it: the map its context provider returns and the template
 * renderer's items, nothing else. Its links to issues come from the provider, so they work in Jira; a name the
 * provider does not supply (Jira's {@code $baseurl} is not in a web panel's context) fails here.
 */
class ProjectPageTemplateTest {

    @Test
    void shouldLinkEachRegisterEntryUnderJirasContextPath() throws Exception {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10_000L);
        ProjectPages pages = mock(ProjectPages.class);
        RegisterGroup plan = new RegisterGroup("Plan", "Plan",
                List.of(new RegisterGroup.RegisterLine("SVC-3", "Shorter restore", 1, "Restore in an hour")));
        when(pages.of(10_000L)).thenReturn(Optional.of(
                new ProjectPage("SVC", "Service Operations", List.of(), List.of(plan), false, "viewer", false)));
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/jira");
        ProjectPageContextProvider provider = new ProjectPageContextProvider(pages,
                mock(PageBuilderService.class, RETURNS_DEEP_STUBS), application);

        String html = new JiraVelocity().templateRenderer("templates/project/page.vm",
                provider.getContextMap(Map.of("project", project)));

        assertTrue(html.contains("<a href=\"/jira/browse/SVC-3\">SVC-3</a>"), html);
    }
}
