package io.csiloop.preview.demo;

import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;
import io.csiloop.port.LinkedIssues;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The preview's issues: the part of Jira's issue table the app reads (key, project, summary, type, status),
 * kept in the preview's own table {@code PREVIEW_ISSUE} of the H2 database so that transitions survive a restart.
 * Jira owns its issues; so does the preview host, which is why this is plain JDBC and not the app's Active Objects.
 * The preview has no issue links, so no linked work is ever unresolved.
 */
public final class IssueTable implements Issues, LinkedIssues {

    /** Opens a connection to the preview database. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private static final String COLUMNS = "ID, ISSUE_KEY, PROJECT_ID, SUMMARY, ISSUE_TYPE, STATUS";

    private final Connections connections;

    public IssueTable(Connections connections) {
        this.connections = connections;
        update("CREATE TABLE IF NOT EXISTS PREVIEW_ISSUE (ID BIGINT PRIMARY KEY, ISSUE_KEY VARCHAR(30) NOT NULL UNIQUE,"
                + " PROJECT_ID BIGINT NOT NULL, SUMMARY VARCHAR(255) NOT NULL, ISSUE_TYPE VARCHAR(60) NOT NULL,"
                + " STATUS VARCHAR(60) NOT NULL)");
    }

    @Override
    public Optional<IssueRef> byId(long id) {
        return query("SELECT " + COLUMNS + " FROM PREVIEW_ISSUE WHERE ID = ?", id).stream().findFirst();
    }

    @Override
    public Optional<IssueRef> byKey(String key) {
        return query("SELECT " + COLUMNS + " FROM PREVIEW_ISSUE WHERE ISSUE_KEY = ?", key).stream().findFirst();
    }

    /** The project's issues of a type, by id. */
    public List<IssueRef> ofType(long projectId, String issueType) {
        return query("SELECT " + COLUMNS + " FROM PREVIEW_ISSUE WHERE PROJECT_ID = ? AND ISSUE_TYPE = ? ORDER BY ID",
                projectId, issueType);
    }

    @Override
    public List<String> unresolvedKeys(long issueId) {
        return List.of();
    }

    /** The preview database this table lives in, for the host's other tables of issues (their links). */
    public Connections connections() {
        return connections;
    }

    public boolean isEmpty() {
        return query("SELECT " + COLUMNS + " FROM PREVIEW_ISSUE").isEmpty();
    }

    public void create(IssueRef issue) {
        update("INSERT INTO PREVIEW_ISSUE (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)", issue.id(), issue.key(),
                issue.projectId(), issue.summary(), issue.issueType(), issue.status());
    }

    /** Moves the issue to the status (by name, as Jira names statuses). */
    public void moveTo(long issueId, String status) {
        update("UPDATE PREVIEW_ISSUE SET STATUS = ? WHERE ID = ?", status, issueId);
    }

    private List<IssueRef> query(String sql, Object... params) {
        try (Connection c = connections.open(); PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            List<IssueRef> found = new ArrayList<>();
            while (r.next()) {
                found.add(new IssueRef(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5),
                        r.getString(6)));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the preview's issues failed", e);
        }
    }

    private void update(String sql, Object... params) {
        try (Connection c = connections.open(); PreparedStatement s = prepare(c, sql, params)) {
            s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing the preview's issues failed", e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql, Statement.NO_GENERATED_KEYS);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }
}
