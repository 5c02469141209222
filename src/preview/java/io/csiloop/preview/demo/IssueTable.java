package io.csiloop.preview.demo;

import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;
import io.csiloop.port.StatusHistory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The preview's issues: the part of Jira's issue table the app reads (key, project, summary, type, status),
 * kept in the preview's own table {@code PREVIEW_ISSUE} of the H2 database so that transitions survive a restart.
 * Jira owns its issues; so does the preview host, which is why this is plain JDBC and not the app's Active Objects.
 * Its issue links are {@link IssueLinks}'. Beside what the app reads it keeps what
 * Jira's issue view shows ({@link IssueDetails}): columns added to an older preview database on start. Its change
 * history ({@code PREVIEW_STATUS_CHANGE}) keeps, as Jira's does, when each issue was created and every status change
 * it made, by the clock: the entry into the current status is the newest of them.
 */
public final class IssueTable implements Issues, StatusHistory {

    /** Opens a connection to the preview database. */
    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    /** The most ids of one IN list, as the app's own reads chunk them (every database Jira supports takes 1,000). */
    private static final int IN_CHUNK = 1_000;

    private static final String COLUMNS = "ID, ISSUE_KEY, PROJECT_ID, SUMMARY, ISSUE_TYPE, STATUS";

    private static final String DETAILS = COLUMNS + ", DESCRIPTION, ASSIGNEE, REPORTER, DUE_DATE, CREATED_MS, UPDATED_MS";

    private final Connections connections;
    private final Clock clock;

    public IssueTable(Connections connections) {
        this(connections, Clock.systemUTC());
    }

    /** @param clock when a transition updates an issue, and when its history notes the change */
    public IssueTable(Connections connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
        update("CREATE TABLE IF NOT EXISTS PREVIEW_STATUS_CHANGE (ISSUE_ID BIGINT NOT NULL,"
                + " CHANGED_AT BIGINT NOT NULL, STATUS VARCHAR(60) NOT NULL)"); // epoch milliseconds: Active Objects, reading the
        // same database's schema, knows no TIMESTAMP WITH TIME ZONE
        // Jira indexes its change groups by issue (entitymodel.xml's chggroup_issue): an issue's history is an index read
        // there, so it is here too, not a scan of every issue's history
        update("CREATE INDEX IF NOT EXISTS PREVIEW_STATUS_CHANGE_ISSUE ON PREVIEW_STATUS_CHANGE (ISSUE_ID)");
        update("CREATE TABLE IF NOT EXISTS PREVIEW_ISSUE (ID BIGINT PRIMARY KEY, ISSUE_KEY VARCHAR(30) NOT NULL UNIQUE,"
                + " PROJECT_ID BIGINT NOT NULL, SUMMARY VARCHAR(255) NOT NULL, ISSUE_TYPE VARCHAR(60) NOT NULL,"
                + " STATUS VARCHAR(60) NOT NULL)");
        // The schema migration of a preview database made before the create dialog: its issues keep empty fields.
        // Only types Active Objects' schema reader knows (it reads every table of the database when it migrates):
        // no DATE, so the due date is its ISO text.
        for (String column : List.of("DESCRIPTION VARCHAR(4000)", "ASSIGNEE VARCHAR(60)", "REPORTER VARCHAR(60)",
                "DUE_DATE VARCHAR(10)", "CREATED_MS BIGINT", "UPDATED_MS BIGINT")) {
            update("ALTER TABLE PREVIEW_ISSUE ADD COLUMN IF NOT EXISTS " + column);
        }
    }

    /** The preview database the table lives in, for the host's other tables (schemes, issue links). */
    public Connections connections() {
        return connections;
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
    /** One {@code IN} read per thousand ids, as Jira's IssueManager.getIssueObjects reads them together. */
    @Override
    public Map<Long, IssueRef> byIds(Collection<Long> ids) {
        Map<Long, IssueRef> found = new HashMap<>();
        inChunks(ids, (in, chunk) -> query("SELECT " + COLUMNS + " FROM PREVIEW_ISSUE WHERE ID" + in, chunk)
                .forEach(issue -> found.put(issue.id(), issue)));
        return ordered(ids, found);
    }

    public List<IssueRef> ofType(long projectId, String issueType) {
        return query("SELECT " + COLUMNS + " FROM PREVIEW_ISSUE WHERE PROJECT_ID = ? AND ISSUE_TYPE = ? ORDER BY ID",
                projectId, issueType);
    }

    public boolean isEmpty() {
        return query("SELECT " + COLUMNS + " FROM PREVIEW_ISSUE").isEmpty();
    }

    public void create(IssueRef issue) {
        update("INSERT INTO PREVIEW_ISSUE (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)", issue.id(), issue.key(),
                issue.projectId(), issue.summary(), issue.issueType(), issue.status());
        changed(issue.id(), issue.status(), clock.instant());
    }

    public void create(IssueDetails issue) {
        IssueRef ref = issue.ref();
        update("INSERT INTO PREVIEW_ISSUE (" + DETAILS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", ref.id(),
                ref.key(), ref.projectId(), ref.summary(), ref.issueType(), ref.status(), issue.description(),
                issue.assignee().orElse(null), issue.reporter().orElse(null), issue.due().map(LocalDate::toString).orElse(null),
                issue.created().map(Instant::toEpochMilli).orElse(null),
                issue.updated().map(Instant::toEpochMilli).orElse(null));
        changed(ref.id(), ref.status(), issue.created().orElse(clock.instant()));
    }

    /**
     * Files a new issue of the project under the next id and the project's next key, as Jira's create does: the
     * key's number is one more than the highest the project has used (the preview deletes no issue, so this is
     * Jira's project counter). Serialised, so that two people creating at once never get the same key.
     *
     * @param details the new issue's fields, given its id and key
     */
    public synchronized IssueDetails file(long projectId, String projectKey, BiFunction<Long, String, IssueDetails> details) {
        long id = longValue("SELECT COALESCE(MAX(ID), 10000) + 1 FROM PREVIEW_ISSUE");
        IssueDetails issue = details.apply(id, nextKey(projectId, projectKey));
        create(issue);
        return issue;
    }

    /** The key the project's next issue gets: KEY-(highest number used + 1), KEY-1 for the first. */
    public String nextKey(long projectId, String projectKey) {
        int highest = query("SELECT " + COLUMNS + " FROM PREVIEW_ISSUE WHERE PROJECT_ID = ?", projectId).stream()
                .map(IssueRef::key).filter(k -> k.startsWith(projectKey + "-"))
                .mapToInt(k -> Integer.parseInt(k.substring(projectKey.length() + 1))).max().orElse(0);
        return projectKey + "-" + (highest + 1);
    }

    /** The issue with what Jira's issue view shows of it. */
    public Optional<IssueDetails> details(String key) {
        return queryDetails("SELECT " + DETAILS + " FROM PREVIEW_ISSUE WHERE ISSUE_KEY = ?", key).stream().findFirst();
    }

    /** The issues the filter finds, the last updated first (as Jira's navigator orders by default). */
    public List<IssueDetails> search(IssueFilter filter) {
        List<Object> params = new ArrayList<>();
        String where = filter.where(params);
        return queryDetails("SELECT " + DETAILS + " FROM PREVIEW_ISSUE" + where
                + " ORDER BY UPDATED_MS DESC NULLS LAST, ID DESC", params.toArray());
    }

    /**
     * Moves the issue to the status (by name, as Jira names statuses); the issue is updated now, and the change
     * noted in its history.
     */
    public void moveTo(long issueId, String status) {
        Instant now = clock.instant();
        update("UPDATE PREVIEW_ISSUE SET STATUS = ?, UPDATED_MS = ? WHERE ID = ?", status, now.toEpochMilli(), issueId);
        changed(issueId, status, now);
    }

    /**
     * Rewrites the issue's history for a demo that has been running a while: created then, and in its current
     * status since {@code entered}.
     */
    public void backdate(long issueId, Instant created, Instant entered) {
        IssueRef issue = byId(issueId).orElseThrow();
        update("DELETE FROM PREVIEW_STATUS_CHANGE WHERE ISSUE_ID = ?", issueId);
        changed(issueId, issue.status(), created);
        if (entered.isAfter(created)) {
            changed(issueId, issue.status(), entered);
        }
    }

    @Override
    public Optional<Instant> enteredCurrentStatus(long issueId) {
        return byId(issueId).isEmpty() ? Optional.empty() : lastChange(issueId);
    }

    private Optional<Instant> lastChange(long issueId) {
        try (Connection c = connections.open(); PreparedStatement s = prepare(c,
                "SELECT MAX(CHANGED_AT) FROM PREVIEW_STATUS_CHANGE WHERE ISSUE_ID = ?", issueId);
             ResultSet r = s.executeQuery()) {
            long at = r.next() ? r.getLong(1) : 0;
            return r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at));
        } catch (SQLException e) {
            throw new IllegalStateException("reading the preview's change history failed", e);
        }
    }

    /**
     * As the Jira adapter reads it (JiraStatusHistory): the issues in one read, then each one's status changes, since
     * no batched read of change items by field is confirmed in Jira 11.3's API. The preview costs what Jira costs.
     */
    @Override
    public Map<Long, Instant> enteredCurrentStatus(Collection<Long> issueIds) {
        Map<Long, Instant> entered = new LinkedHashMap<>();
        byIds(issueIds).keySet().forEach(id -> lastChange(id).ifPresent(at -> entered.put(id, at)));
        return entered;
    }

    private static <K> void inChunks(Collection<K> keys, BiConsumer<String, List<Object>> read) {
        List<Object> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        for (int from = 0; from < distinct.size(); from += IN_CHUNK) {
            List<Object> chunk = distinct.subList(from, Math.min(from + IN_CHUNK, distinct.size()));
            read.accept(" IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", chunk);
        }
    }

    private static <K, V> Map<K, V> ordered(Collection<K> keys, Map<K, V> found) {
        Map<K, V> inOrder = new LinkedHashMap<>();
        keys.forEach(k -> {
            if (found.containsKey(k)) {
                inOrder.put(k, found.get(k));
            }
        });
        return inOrder;
    }

    private void changed(long issueId, String status, Instant at) {
        update("INSERT INTO PREVIEW_STATUS_CHANGE (ISSUE_ID, CHANGED_AT, STATUS) VALUES (?, ?, ?)", issueId,
                at.toEpochMilli(), status);
    }

    private List<IssueRef> query(String sql, List<Object> params) {
        return query(sql, params.toArray());
    }

    private List<IssueRef> query(String sql, Object... params) {
        return queryDetails(sql.replace("SELECT " + COLUMNS, "SELECT " + DETAILS), params).stream()
                .map(IssueDetails::ref).toList();
    }

    private List<IssueDetails> queryDetails(String sql, Object... params) {
        try (Connection c = connections.open(); PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            List<IssueDetails> found = new ArrayList<>();
            while (r.next()) {
                IssueRef ref = new IssueRef(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5),
                        r.getString(6));
                found.add(new IssueDetails(ref, Optional.ofNullable(r.getString(7)).orElse(""),
                        Optional.ofNullable(r.getString(8)), Optional.ofNullable(r.getString(9)),
                        Optional.ofNullable(r.getString(10)).map(LocalDate::parse), instant(r, 11), instant(r, 12)));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the preview's issues failed", e);
        }
    }

    private static Optional<Instant> instant(ResultSet r, int column) throws SQLException {
        long millis = r.getLong(column);
        return r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
    }

    private long longValue(String sql) {
        try (Connection c = connections.open(); PreparedStatement s = prepare(c, sql); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the preview's issues failed", e);
        }
    }

    /** Writes to the preview database, the issue links' table too. */
    void update(String sql, Object... params) {
        try (Connection c = connections.open(); PreparedStatement s = prepare(c, sql, params)) {
            s.executeUpdate();
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing the preview's issues failed", e);
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql, Statement.NO_GENERATED_KEYS);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }
}
