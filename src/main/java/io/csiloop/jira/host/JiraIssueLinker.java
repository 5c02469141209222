package io.csiloop.jira.host;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.csiloop.port.IssueLinker;
import io.csiloop.port.RaiseRefused;

import java.util.Collection;
import java.util.Optional;

/**
 * {@link IssueLinker} over Jira's {@link IssueLinkManager}: a link of the type "Relates" (Jira's default type of that
 * name), outward from the first issue, as the user. Jira's own link types are an administrator's to rename or remove:
 * without one named "Relates", or with linking turned off, nothing is linked and the reason says so.
 */
public final class JiraIssueLinker implements IssueLinker {

    /** The link type Jira ships under this name; the one a lesson's improvement is linked by. */
    static final String RELATES = "Relates";

    private final IssueLinkManager links;
    private final IssueLinkTypeManager types;
    private final UserManager users;

    public JiraIssueLinker(IssueLinkManager links, IssueLinkTypeManager types, UserManager users) {
        this.links = links;
        this.types = types;
        this.users = users;
    }

    @Override
    public Optional<String> unavailable() {
        if (!links.isLinkingEnabled()) {
            return Optional.of("issue linking is turned off in Jira");
        }
        return relates().isPresent() ? Optional.empty()
                : Optional.of("Jira has no issue link type named " + RELATES);
    }

    @Override
    public void link(long fromIssueId, long toIssueId, String actorKey) {
        ApplicationUser user = users.getUserByKey(actorKey);
        IssueLinkType type = relates().orElseThrow(() -> new RaiseRefused("Jira has no issue link type named " + RELATES));
        try {
            links.createIssueLink(fromIssueId, toIssueId, type.getId(), null, user);
        } catch (CreateException e) {
            throw new RaiseRefused("Jira refused to link the issues: " + e.getMessage());
        }
    }

    private Optional<IssueLinkType> relates() {
        Collection<IssueLinkType> named = types.getIssueLinkTypesByName(RELATES);
        return named == null ? Optional.empty() : named.stream().findFirst();
    }
}
