package io.csiloop.preview.seed;

import io.csiloop.port.IssueRef;
import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.IssueDetails;
import io.csiloop.preview.demo.IssueTable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * IT Operations before CSI Loop: a few tasks of Jira's default workflow (Open, In Progress, Done), the kind of work
 * a team tracks before it enables CSI Loop for its project.
 */
final class DemoOperations {

    private static final long PROJECT = DemoDirectory.IT_OPERATIONS.id();

    private DemoOperations() {
    }

    static void plant(IssueTable issues, Instant now) {
        task(issues, now, 10_101, "OPS-1", "Patch the mail servers", "Done", "editor", 40);
        task(issues, now, 10_102, "OPS-2", "Replace the backup tape library", "In Progress", "admin", 25);
        task(issues, now, 10_103, "OPS-3", "Renew the TLS certificates of the intranet", "Open", "editor", 5);
    }

    private static void task(IssueTable issues, Instant now, long id, String key, String summary, String status,
                             String assignee, int daysAgo) {
        Instant created = now.minus(Duration.ofDays(daysAgo));
        issues.create(new IssueDetails(new IssueRef(id, key, PROJECT, summary, "Task", status), "",
                Optional.of(assignee), Optional.of("admin"),
                Optional.of(LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(30)), Optional.of(created),
                Optional.of(now.minus(Duration.ofDays(daysAgo / 2)))));
    }
}
