package io.csiloop.preview.demo;

import io.csiloop.port.IssueLinker;
import io.csiloop.port.IssueRef;
import io.csiloop.port.LinkedIssues;
import io.csiloop.port.RaiseRefused;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Jira's issue links as the preview keeps them, in its table {@code PREVIEW_ISSUE_LINK}: a link is stored outward
 * from the first issue, as Jira's "relates to" link is. Read back as Jira's {@code IssueLinkManager} answers the app
 * ({@code JiraLinkedIssues}): every outward link counts, and a linked issue is unresolved until it reaches a done
 * status (where the shipped workflows, and Jira's default one, set the resolution).
 */
public final class IssueLinks implements IssueLinker, LinkedIssues {

    private final IssueTable issues;
    private final StatusCategories categories = new StatusCategories();

    public IssueLinks(IssueTable issues) {
        this.issues = issues;
        issues.update("CREATE TABLE IF NOT EXISTS PREVIEW_ISSUE_LINK (SOURCE_ID BIGINT NOT NULL, DESTINATION_ID BIGINT NOT NULL,"
                + " PRIMARY KEY (SOURCE_ID, DESTINATION_ID))");
    }

    @Override
    public void link(long fromIssueId, long toIssueId, String actorKey) {
        if (issues.byId(fromIssueId).isEmpty() || issues.byId(toIssueId).isEmpty()) {
            throw new RaiseRefused("an issue to link does not exist");
        }
        issues.update("MERGE INTO PREVIEW_ISSUE_LINK (SOURCE_ID, DESTINATION_ID) KEY (SOURCE_ID, DESTINATION_ID) VALUES (?, ?)",
                fromIssueId, toIssueId);
    }

    @Override
    public Optional<String> unavailable() {
        return Optional.empty();
    }

    @Override
    public List<String> unresolvedKeys(long issueId) {
        return linkedFrom(issueId).stream().map(issues::byId).flatMap(Optional::stream)
                .filter(issue -> !categories.done(issue)).map(IssueRef::key).sorted().toList();
    }

    /** The issues linked outward from the issue, by id. */
    public List<Long> linkedFrom(long issueId) {
        try (Connection c = issues.connections().open();
             PreparedStatement s = IssueTable.prepare(c, "SELECT DESTINATION_ID FROM PREVIEW_ISSUE_LINK WHERE SOURCE_ID = ?"
                     + " ORDER BY DESTINATION_ID", issueId);
             ResultSet r = s.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (r.next()) {
                ids.add(r.getLong(1));
            }
            return List.copyOf(ids);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the preview's issue links failed", e);
        }
    }
}
