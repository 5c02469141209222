package io.csiloop.preview.demo;

import io.csiloop.application.process.CsiLoopIssueType;
import io.csiloop.application.process.ProcessNames;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * The part of the demo projects' issue type and workflow schemes that matters to CSI Loop: whether a project has
 * CSI Loop's issue types mapped to its workflows. Service Operations was set up with them; a project enabled later
 * through "Enable CSI Loop" is kept in the preview's own table {@code PREVIEW_CSILOOP_PROJECT}, so it stays enabled
 * after a restart. Jira keeps its schemes itself; so does the preview host, which is why this is plain JDBC.
 */
public final class ProjectSchemes {

    private final IssueTable.Connections connections;
    private final ProcessNames names = new ProcessNames();

    public ProjectSchemes(IssueTable.Connections connections) {
        this.connections = connections;
        run("CREATE TABLE IF NOT EXISTS PREVIEW_CSILOOP_PROJECT (PROJECT_ID BIGINT PRIMARY KEY)");
    }

    /** Whether the project's schemes have CSI Loop's issue types and workflows. */
    public boolean enabled(long projectId) {
        if (projectId == DemoDirectory.SERVICE_OPERATIONS.id()) {
            return true;
        }
        try (Connection c = connections.open();
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM PREVIEW_CSILOOP_PROJECT WHERE PROJECT_ID = ?")) {
            s.setLong(1, projectId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the preview's project schemes failed", e);
        }
    }

    /** Adds CSI Loop's issue types to the project's schemes, mapped to its workflows. */
    public void enable(long projectId) {
        if (!enabled(projectId)) {
            run("INSERT INTO PREVIEW_CSILOOP_PROJECT (PROJECT_ID) VALUES (" + projectId + ")");
        }
    }

    /** The issue types of the project that run a CSI Loop workflow, by name: none before enabling. */
    public List<String> csiLoopTypes(long projectId) {
        return enabled(projectId) ? csiLoopTypeNames() : List.of();
    }

    /** The names of CSI Loop's issue types, Improvement first (the one most created). */
    public List<String> csiLoopTypeNames() {
        return Arrays.stream(CsiLoopIssueType.values()).map(names::name).sorted().toList();
    }

    private void run(String sql) {
        try (Connection c = connections.open(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing the preview's project schemes failed", e);
        }
    }
}
