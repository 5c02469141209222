package io.csiloop.preview.demo;

import io.csiloop.application.process.CsiLoopIssueType;
import io.csiloop.application.process.ProcessNames;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The part of the demo projects' issue type and workflow schemes that matters to CSI Loop: whether a project has
 * CSI Loop's issue types mapped to its workflows. Service Operations was set up with them; a project enabled later
 * through "Enable CSI Loop" is kept in the preview's own table {@code PREVIEW_CSILOOP_PROJECT}, so it stays enabled
 * after a restart. Jira keeps its schemes itself; so does the preview host, which is why this is plain JDBC.
 */
public final class ProjectSchemes {

    private final IssueTable.Connections connections;
    private final ProcessNames names = new ProcessNames();
    /** The enabled projects' ids, read on the first question; null until then. */
    private Set<Long> enabled;

    public ProjectSchemes(IssueTable.Connections connections) {
        this.connections = connections;
        run("CREATE TABLE IF NOT EXISTS PREVIEW_CSILOOP_PROJECT (PROJECT_ID BIGINT PRIMARY KEY)");
    }

    /**
     * Whether the project's schemes have CSI Loop's issue types and workflows. Answered from memory, as Jira answers
     * from its cached scheme managers: the table is read once, on the first question, and kept up to date by
     * {@link #enable} (the preview's only way to enable a project while it runs).
     */
    public boolean enabled(long projectId) {
        return projectId == DemoDirectory.SERVICE_OPERATIONS.id() || enabledProjects().contains(projectId);
    }

    /** Adds CSI Loop's issue types to the project's schemes, mapped to its workflows. */
    public synchronized void enable(long projectId) {
        if (!enabled(projectId)) {
            run("INSERT INTO PREVIEW_CSILOOP_PROJECT (PROJECT_ID) VALUES (" + projectId + ")");
            enabled.add(projectId);
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

    private synchronized Set<Long> enabledProjects() {
        if (enabled == null) {
            Set<Long> read = ConcurrentHashMap.newKeySet();
            try (Connection c = connections.open();
                 PreparedStatement s = c.prepareStatement("SELECT PROJECT_ID FROM PREVIEW_CSILOOP_PROJECT");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    read.add(r.getLong(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("reading the preview's project schemes failed", e);
            }
            enabled = read;
        }
        return enabled;
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
