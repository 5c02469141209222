package io.csiloop.preview.demo;

import io.csiloop.improvement.SevenStepImprovement;
import io.csiloop.kernel.MessageSource;
import io.csiloop.port.ImprovementDraft;
import io.csiloop.port.ImprovementRaiser;
import io.csiloop.port.IssueLinker;
import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.RaiseRefused;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * Jira's issue create and issue links as the preview runs them, for what the app raises itself (an improvement from
 * a project's lesson). As strict as Jira's {@code IssueService}: the reporter must be a known user who may create
 * issues in the project (the demo's Create Issues is its edit level), and the issue is filed in the initial status
 * of the Improvement workflow, with the project's next key. A link is stored outward from the first issue, as Jira's
 * "relates to" link would be, in the preview's table {@code PREVIEW_ISSUE_LINK}.
 */
public final class PreviewIssueCreation implements ImprovementRaiser, IssueLinker {

    static final String IMPROVEMENT = "Improvement";

    private final IssueTable issues;
    private final IssueTable.Connections connections;
    private final DemoDirectory directory;
    private final MessageSource messages;

    public PreviewIssueCreation(IssueTable issues, DemoDirectory directory, MessageSource messages) {
        this.issues = issues;
        this.connections = issues.connections();
        this.directory = directory;
        this.messages = messages;
        execute("CREATE TABLE IF NOT EXISTS PREVIEW_ISSUE_LINK (SOURCE_ID BIGINT NOT NULL, DESTINATION_ID BIGINT NOT NULL,"
                + " PRIMARY KEY (SOURCE_ID, DESTINATION_ID))");
    }

    @Override
    public synchronized IssueRef raise(ImprovementDraft draft) {
        DemoUser reporter = directory.byName(draft.reporterKey())
                .orElseThrow(() -> new RaiseRefused("the user " + draft.reporterKey() + " does not exist"));
        ProjectRef project = directory.byId(draft.projectId())
                .orElseThrow(() -> new RaiseRefused("the project " + draft.projectId() + " does not exist"));
        if (!reporter.may(ProjectAccess.EDIT)) {
            throw new RaiseRefused(reporter.name() + " may not create issues in " + project.key());
        }
        String status = messages.text(SevenStepImprovement.WORKFLOW.initial().nameKey(), List.of());
        IssueRef issue = new IssueRef(number("SELECT COALESCE(MAX(ID), 0) FROM PREVIEW_ISSUE") + 1,
                project.key() + "-" + (lastNumber(project) + 1), project.id(), draft.summary(), IMPROVEMENT, status);
        issues.create(issue);
        return issues.byId(issue.id()).orElseThrow();
    }

    @Override
    public void link(long fromIssueId, long toIssueId, String actorKey) {
        if (issues.byId(fromIssueId).isEmpty() || issues.byId(toIssueId).isEmpty()) {
            throw new RaiseRefused("an issue to link does not exist");
        }
        execute("MERGE INTO PREVIEW_ISSUE_LINK (SOURCE_ID, DESTINATION_ID) KEY (SOURCE_ID, DESTINATION_ID) VALUES (?, ?)",
                fromIssueId, toIssueId);
    }

    @Override
    public Optional<String> unavailable() {
        return Optional.empty();
    }

    /** The issues linked outward from the issue, by id (the preview has no issue view of links yet). */
    public List<Long> linkedFrom(long issueId) {
        try (Connection c = connections.open();
             PreparedStatement s = statement(c, "SELECT DESTINATION_ID FROM PREVIEW_ISSUE_LINK WHERE SOURCE_ID = ?"
                     + " ORDER BY DESTINATION_ID", issueId);
             ResultSet r = s.executeQuery()) {
            java.util.ArrayList<Long> ids = new java.util.ArrayList<>();
            while (r.next()) {
                ids.add(r.getLong(1));
            }
            return List.copyOf(ids);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the preview's issue links failed", e);
        }
    }

    /** The highest issue number of the project's keys ({@code SVC-20} is 20). */
    private long lastNumber(ProjectRef project) {
        return number("SELECT COALESCE(MAX(CAST(SUBSTRING(ISSUE_KEY, ?) AS BIGINT)), 0) FROM PREVIEW_ISSUE"
                + " WHERE PROJECT_ID = ?", project.key().length() + 2, project.id());
    }

    private long number(String sql, Object... params) {
        try (Connection c = connections.open(); PreparedStatement s = statement(c, sql, params);
             ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the preview's issues failed", e);
        }
    }

    private void execute(String sql, Object... params) {
        try (Connection c = connections.open(); PreparedStatement s = statement(c, sql, params)) {
            s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing the preview's issue links failed", e);
        }
    }

    private static PreparedStatement statement(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }
}
