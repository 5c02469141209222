package io.csiloop.port;

import java.util.Objects;

/**
 * A JQL query and the user it runs as.
 *
 * @param jql the query as an administrator wrote it; never blank
 * @param userKey the host's key of the user whose permissions apply; never blank
 */
public record IssueQuery(String jql, String userKey) {

    public IssueQuery {
        if (Objects.requireNonNull(jql, "jql").isBlank()) {
            throw new IllegalArgumentException("a JQL query is required");
        }
        if (Objects.requireNonNull(userKey, "userKey").isBlank()) {
            throw new IllegalArgumentException("the user a query runs as is required");
        }
    }
}
