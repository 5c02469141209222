package io.csiloop.jira.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import io.csiloop.port.LinkedIssues;

import java.util.List;
import java.util.Objects;

/**
 * Linked work from Jira's issue links: the issue's outward links of any type (a project "relates to" or
 * "blocks" its deliverables, an improvement is implemented by the actions it links to). An issue counts as
 * resolved once Jira has a resolution on it.
 */
public final class JiraLinkedIssues implements LinkedIssues {

    private final IssueLinkManager links;

    public JiraLinkedIssues(IssueLinkManager links) {
        this.links = links;
    }

    @Override
    public List<String> unresolvedKeys(long issueId) {
        List<IssueLink> outward = links.getOutwardLinks(issueId);
        return outward == null ? List.of() : outward.stream().map(IssueLink::getDestinationObject)
                .filter(Objects::nonNull).filter(issue -> issue.getResolution() == null)
                .map(Issue::getKey).sorted().toList();
    }
}
