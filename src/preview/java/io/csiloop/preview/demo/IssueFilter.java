package io.csiloop.preview.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The issue navigator's filters, each optional (empty: any). Jira's basic search joins them with AND.
 *
 * @param projectId the project, by id
 * @param assignee  the assignee's user name
 */
public record IssueFilter(Optional<Long> projectId, Optional<String> issueType, Optional<String> status,
                          Optional<String> assignee) {

    public static IssueFilter any() {
        return new IssueFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The WHERE clause over PREVIEW_ISSUE ("" for no filter) with its parameters appended to {@code params}. */
    String where(List<Object> params) {
        List<String> clauses = new ArrayList<>();
        projectId.ifPresent(id -> { clauses.add("PROJECT_ID = ?"); params.add(id); });
        issueType.ifPresent(t -> { clauses.add("ISSUE_TYPE = ?"); params.add(t); });
        status.ifPresent(s -> { clauses.add("STATUS = ?"); params.add(s); });
        assignee.ifPresent(a -> { clauses.add("ASSIGNEE = ?"); params.add(a); });
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }
}
