package io.csiloop.jira.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.resolution.Resolution;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class JiraLinkedIssuesTest {

    private final IssueLinkManager links = mock(IssueLinkManager.class);

    @Test
    void listsTheUnresolvedIssuesTheIssueLinksTo() {
        IssueLink open = link("OPS-9", null);
        IssueLink done = link("OPS-3", mock(Resolution.class));
        IssueLink alsoOpen = link("OPS-4", null);
        when(links.getOutwardLinks(7L)).thenReturn(List.of(open, done, alsoOpen));

        assertEquals(List.of("OPS-4", "OPS-9"), new JiraLinkedIssues(links).unresolvedKeys(7L));
    }

    @Test
    void anIssueWithoutLinksHasNoUnresolvedWork() {
        when(links.getOutwardLinks(7L)).thenReturn(List.of());

        assertEquals(List.of(), new JiraLinkedIssues(links).unresolvedKeys(7L));
    }

    private static IssueLink link(String key, Resolution resolution) {
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn(key);
        when(issue.getResolution()).thenReturn(resolution);
        IssueLink link = mock(IssueLink.class);
        when(link.getDestinationObject()).thenReturn(issue);
        return link;
    }
}
