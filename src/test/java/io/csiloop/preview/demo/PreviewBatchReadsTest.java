package io.csiloop.preview.demo;

import io.csiloop.host.ao.SqlStatementCounter;
import io.csiloop.port.IssueRef;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the preview host reads at once, as Jira does: many issues by id in one read (IssueManager.getIssueObjects),
 * and which projects run CSI Loop's schemes from memory (Jira's scheme managers are cached), with the answers the
 * table gives.
 */
class PreviewBatchReadsTest {

    private final SqlStatementCounter counter = new SqlStatementCounter();
    private final DataSource source = counter.apply(h2());
    private final IssueTable.Connections connections = source::getConnection;

    @Test
    void shouldReadManyIssuesByIdInOneStatementInTheOrderAskedLeavingOutTheUnknown() {
        IssueTable issues = new IssueTable(connections);
        LongStream.rangeClosed(1, 120).forEach(id -> issues.create(
                new IssueRef(id, "SVC-" + id, 10_000, "Issue " + id, "Improvement", "Collect data")));
        counter.reset();

        Map<Long, IssueRef> found = issues.byIds(List.of(7L, 999L, 3L, 120L, 7L));

        assertAll(() -> assertEquals(List.of(7L, 3L, 120L), List.copyOf(found.keySet()), "asked order, unknown left out"),
                () -> assertEquals("SVC-120", found.get(120L).key()),
                () -> assertEquals(1, counter.count(), "one statement"));
    }

    @Test
    void shouldAnswerWhichProjectsAreEnabledFromMemoryAsTheTableDoes() {
        new ProjectSchemes(connections).enable(20_000);
        ProjectSchemes schemes = new ProjectSchemes(connections);
        counter.reset();

        boolean enabled = schemes.enabled(20_000);
        boolean other = schemes.enabled(20_100);
        for (long p = 0; p < 100; p++) {
            schemes.enabled(20_000 + 100 * p);
        }
        long reads = counter.count();
        schemes.enable(20_100);

        assertAll(() -> assertTrue(enabled, "enabled before this instance was made: read from the table"),
                () -> assertFalse(other),
                () -> assertEquals(1, reads, "one read of the table for every question"),
                () -> assertTrue(schemes.enabled(20_100), "enabling updates what it remembers"),
                () -> assertTrue(new ProjectSchemes(connections).enabled(20_100), "and the table"),
                () -> assertTrue(schemes.enabled(DemoDirectory.SERVICE_OPERATIONS.id()), "set up with the demo"));
    }

    private static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return h2;
    }
}
