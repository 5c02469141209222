package io.csiloop.preview.demo;

import io.csiloop.port.IssueRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What Jira's issue view shows of an issue besides what the app reads ({@link IssueRef}): the description, the
 * people (assignee, reporter) and the dates. Issues seeded before these columns existed have none of them.
 *
 * @param assignee the user name of the assignee; empty for unassigned
 * @param reporter the user name of the reporter; empty only for issues of an older preview database
 */
public record IssueDetails(IssueRef ref, String description, Optional<String> assignee, Optional<String> reporter,
                           Optional<LocalDate> due, Optional<Instant> created, Optional<Instant> updated) {

    /** The fields of a new issue, filed now by the reporter. */
    public static IssueDetails filed(IssueRef ref, String description, String assignee, String reporter,
                                     LocalDate due, Instant now) {
        return new IssueDetails(ref, description == null ? "" : description, Optional.ofNullable(assignee),
                Optional.of(reporter), Optional.ofNullable(due), Optional.of(now), Optional.of(now));
    }
}
