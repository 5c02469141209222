package io.csiloop.preview.demo;

import io.csiloop.port.IssueRef;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The preview's issue links answer the app as Jira's {@code IssueLinkManager} does through {@code JiraLinkedIssues}:
 * the issue's outward links of any type, the linked issues not resolved yet, by key.
 */
class IssueLinksTest {

    private static final long SVC = DemoDirectory.SERVICE_OPERATIONS.id();
    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final IssueTable issues = new IssueTable(() -> DriverManager.getConnection(url));
    private final IssueLinks links = new IssueLinks(issues);

    @Test
    void shouldNameTheOutwardLinkedIssuesNotResolvedYet() {
        issues.create(new IssueRef(1, "SVC-1", SVC, "Project", "Lifecycle Project", "Monitor & Control"));
        issues.create(new IssueRef(2, "SVC-2", SVC, "Open improvement", "Improvement", "Collect data"));
        issues.create(new IssueRef(3, "SVC-3", SVC, "Improved", "Improvement", "Improved"));
        issues.create(new IssueRef(4, "OPS-10", 10_100, "Open task", "Task", "In Progress"));
        issues.create(new IssueRef(5, "OPS-9", 10_100, "Done task", "Task", "Done"));
        issues.create(new IssueRef(6, "SVC-6", SVC, "Links to the project", "Improvement", "Analyse data"));
        for (long to : List.of(2L, 3L, 4L, 5L)) {
            links.link(1, to, "editor");
        }
        links.link(6, 1, "editor");

        assertEquals(List.of("OPS-10", "SVC-2"), links.unresolvedKeys(1), "sorted, as JiraLinkedIssues sorts them");
        assertEquals(List.of("SVC-1"), links.unresolvedKeys(6), "an inward link counts for the other issue only");

        issues.moveTo(2, "Improved");
        issues.moveTo(4, "Done");
        assertEquals(List.of(), links.unresolvedKeys(1));
    }
}
