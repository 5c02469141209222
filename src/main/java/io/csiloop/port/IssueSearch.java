package io.csiloop.port;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The host's issue search for measurements collected by JQL. Every search runs as the user a query names, so the
 * host's issue security and permissions decide what is counted, as they would for that user's own searches.
 * Time windows are half-open, {@code [from, to)}.
 */
public interface IssueSearch {

    /**
     * The most issues one search hands over: Jira 11 on OpenSearch reads no result past the index's
     * {@code max_result_window}, 10,000 by default, in one query.
     */
    int MAX_RESULT_WINDOW = 10_000;

    /**
     * What is wrong with the JQL when the user would run it: the host's own messages (syntax, unknown fields,
     * values the user may not see), or a message that the user does not exist. Empty when the query can run.
     */
    List<String> problems(String jql, String userKey);

    /**
     * The number of issues the query matches whose {@code event} (creation or resolution) falls in the window.
     *
     * @throws SearchFailed when the host cannot run the query (the JQL no longer parses, the user is gone, the
     *     index fails)
     */
    long count(IssueQuery query, IssueEvent event, Instant from, Instant to);

    /**
     * Hands each issue the query matches that was resolved in the window to {@code each}, with its creation and
     * resolution instants, without holding all of them in memory. The window must match at most
     * {@link #MAX_RESULT_WINDOW} issues (count them first and ask for narrower windows); the host refuses a wider
     * one before handing any issue over.
     *
     * @throws SearchFailed as {@link #count}, and when the window matches more than {@link #MAX_RESULT_WINDOW}
     */
    void forEachResolved(IssueQuery query, Instant from, Instant to, Consumer<IssueTimes> each);
}
