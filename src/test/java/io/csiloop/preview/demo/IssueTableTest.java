package io.csiloop.preview.demo;

import io.csiloop.port.IssueRef;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The preview's issues: Jira's key allocation per project, the issue view's fields, and the migration of old tables. */
class IssueTableTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final IssueTable.Connections connections = () -> DriverManager.getConnection(url);

    @Test
    void shouldGiveEachProjectsNextIssueTheKeyAfterItsHighestAndANewId() {
        IssueTable issues = new IssueTable(connections, Clock.fixed(NOW, ZoneOffset.UTC));
        issues.create(new IssueRef(10_001, "SVC-1", 10_000, "One", "Improvement", "Collect data"));
        issues.create(new IssueRef(10_002, "SVC-9", 10_000, "Nine", "Improvement", "Collect data"));
        issues.create(new IssueRef(10_101, "OPS-2", 10_100, "Two", "Task", "Open"));

        assertEquals("SVC-10", issues.nextKey(10_000, "SVC"));
        assertEquals("OPS-3", issues.nextKey(10_100, "OPS"));
        assertEquals("NEW-1", issues.nextKey(10_200, "NEW"), "a project's first issue is number 1");

        IssueDetails filed = issues.file(10_000, "SVC", (id, key) -> IssueDetails.filed(
                new IssueRef(id, key, 10_000, "Ten", "Improvement", "Identify the approach"), "Why", "editor", "admin",
                LocalDate.parse("2026-12-31"), NOW));
        assertEquals("SVC-10", filed.ref().key());
        assertEquals(10_102, filed.ref().id(), "the next id after the highest");
        assertEquals("SVC-11", issues.nextKey(10_000, "SVC"));
        assertEquals(filed, issues.details("SVC-10").orElseThrow());
    }

    @Test
    void shouldMoveAnIssueAndMarkItUpdated() {
        IssueTable issues = new IssueTable(connections, Clock.fixed(NOW, ZoneOffset.UTC));
        issues.create(new IssueRef(10_001, "SVC-1", 10_000, "One", "Improvement", "Collect data"));

        issues.moveTo(10_001, "Process data");

        IssueDetails moved = issues.details("SVC-1").orElseThrow();
        assertEquals("Process data", moved.ref().status());
        assertEquals(Optional.of(NOW), moved.updated());
    }

    @Test
    void shouldAddTheIssueViewsColumnsToAnOlderPreviewDatabaseKeepingItsIssues() throws Exception {
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE PREVIEW_ISSUE (ID BIGINT PRIMARY KEY, ISSUE_KEY VARCHAR(30) NOT NULL UNIQUE,"
                    + " PROJECT_ID BIGINT NOT NULL, SUMMARY VARCHAR(255) NOT NULL, ISSUE_TYPE VARCHAR(60) NOT NULL,"
                    + " STATUS VARCHAR(60) NOT NULL)");
            s.execute("INSERT INTO PREVIEW_ISSUE VALUES (10001, 'SVC-1', 10000, 'Old', 'Lifecycle Project', 'Planning')");
        }

        IssueTable issues = new IssueTable(connections);

        IssueDetails old = issues.details("SVC-1").orElseThrow();
        assertEquals(new IssueDetails(new IssueRef(10_001, "SVC-1", 10_000, "Old", "Lifecycle Project", "Planning"), "",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()), old);
        assertEquals(List.of("SVC-1"), issues.search(new IssueFilter(Optional.of(10_000L), Optional.empty(),
                Optional.of("Planning"), Optional.empty())).stream().map(d -> d.ref().key()).toList());
    }
}
