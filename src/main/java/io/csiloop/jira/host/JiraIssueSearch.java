package io.csiloop.jira.host;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.jql.builder.ConditionBuilder;
import com.atlassian.jira.jql.builder.JqlClauseBuilder;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.search.issue.IssueDocumentSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.csiloop.port.IssueEvent;
import io.csiloop.port.IssueQuery;
import io.csiloop.port.IssueSearch;
import io.csiloop.port.IssueTimes;
import io.csiloop.port.SearchFailed;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@link IssueSearch} over Jira's search, as the query's user (never overriding security): the administrator's JQL
 * is parsed by {@link SearchService}, the period's window added as {@code created} or {@code resolved} conditions
 * with {@link JqlQueryBuilder}, and hits counted by {@link IssueDocumentSearchService} without loading issues. Times
 * to resolution page through {@link SearchService#search} {@value #PAGE} issues at a time, never past result
 * {@link IssueSearch#MAX_RESULT_WINDOW}: Jira 11 on OpenSearch refuses to read further in one query, so a window
 * that matches more is refused before any issue is handed over, and the caller narrows it.
 */
public final class JiraIssueSearch implements IssueSearch {

    /** Issues read per page; the result window is a whole number of pages. */
    static final int PAGE = 500;

    private final SearchService searchService;
    private final IssueDocumentSearchService documents;
    private final UserManager users;

    public JiraIssueSearch(SearchService searchService, IssueDocumentSearchService documents, UserManager users) {
        this.searchService = searchService;
        this.documents = documents;
        this.users = users;
    }

    @Override
    public List<String> problems(String jql, String userKey) {
        ApplicationUser user = users.getUserByKey(userKey);
        if (user == null) {
            return List.of("there is no user with the key " + userKey);
        }
        SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
        if (!parsed.isValid()) {
            return List.copyOf(parsed.getErrors().getErrorMessages());
        }
        MessageSet validation = searchService.validateQuery(user, parsed.getQuery());
        return validation.hasAnyErrors() ? List.copyOf(validation.getErrorMessages()) : List.of();
    }

    @Override
    public long count(IssueQuery query, IssueEvent event, Instant from, Instant to) {
        ApplicationUser user = user(query);
        try {
            return documents.getHitCount(user, within(query, user, event, from, to), false);
        } catch (SearchException e) {
            throw new SearchFailed("Jira could not count the issues of " + query.jql() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void forEachResolved(IssueQuery query, Instant from, Instant to, Consumer<IssueTimes> each) {
        ApplicationUser user = user(query);
        Query window = within(query, user, IssueEvent.RESOLVED, from, to);
        for (int start = 0; start < MAX_RESULT_WINDOW; start += PAGE) {
            SearchResults<Issue> results;
            try {
                results = searchService.search(user, window, PagerFilter.newPageAlignedFilter(start, PAGE));
            } catch (SearchException e) {
                throw new SearchFailed("Jira could not search " + query.jql() + ": " + e.getMessage(), e);
            }
            if (start == 0 && results.getTotal() > MAX_RESULT_WINDOW) {
                throw new SearchFailed(String.format(Locale.ROOT, "%,d issues of %s were resolved from %s to %s; "
                        + "Jira's search hands over at most %,d at a time", results.getTotal(), query.jql(), from, to,
                        MAX_RESULT_WINDOW));
            }
            for (Issue issue : results.getResults()) {
                if (issue.getCreated() != null && issue.getResolutionDate() != null) {
                    each.accept(new IssueTimes(issue.getCreated().toInstant(), issue.getResolutionDate().toInstant()));
                }
            }
            if (results.getResults().size() < PAGE || start + PAGE >= results.getTotal()) {
                return;
            }
        }
    }

    /** The user's query with the window as conditions on the event's field, {@code >= from AND < to}. */
    private Query within(IssueQuery query, ApplicationUser user, IssueEvent event, Instant from, Instant to) {
        SearchService.ParseResult parsed = searchService.parseQuery(user, query.jql());
        if (!parsed.isValid()) {
            throw new SearchFailed("Jira no longer accepts the query " + query.jql() + ": "
                    + String.join("; ", parsed.getErrors().getErrorMessages()));
        }
        JqlClauseBuilder where = JqlQueryBuilder.newBuilder(parsed.getQuery()).where();
        JqlClauseBuilder after = field(where.and(), event).gtEq(Date.from(from));
        return field(after.and(), event).lt(Date.from(to)).buildQuery();
    }

    private static ConditionBuilder field(JqlClauseBuilder builder, IssueEvent event) {
        return event == IssueEvent.CREATED ? builder.created() : builder.resolutionDate();
    }

    private ApplicationUser user(IssueQuery query) {
        ApplicationUser user = users.getUserByKey(query.userKey());
        if (user == null || !user.isActive()) {
            throw new SearchFailed("the user " + query.userKey() + " who configured this collection is no longer "
                    + "active in Jira; an administrator of the project must save the configuration again");
        }
        return user;
    }
}
