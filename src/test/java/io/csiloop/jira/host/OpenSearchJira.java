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
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import org.mockito.MockedStatic;

import java.lang.reflect.Proxy;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

/**
 * Jira 11's search on OpenSearch, faked at Jira's API over one JQL text's issues: the query builder's window kept
 * as its bounds, hits counted exactly, and {@link SearchService#search} refusing any page that reaches past
 * result {@value #MAX_RESULT_WINDOW}, as OpenSearch refuses {@code from + size} beyond its
 * {@code index.max_result_window} (10,000 by default). A bound that is not a whole minute fails the test: JQL's
 * dates stop at the minute, so Jira would quietly search another window than the one asked for.
 */
final class OpenSearchJira implements SearchService, IssueDocumentSearchService {

    /** OpenSearch's default {@code index.max_result_window}, written here independently of the app's constant. */
    static final int MAX_RESULT_WINDOW = 10_000;

    /** The field a window is on, as the builder was asked for it. */
    enum Field { CREATED, RESOLUTION_DATE }

    /** The user's parsed JQL. */
    record Parsed(String jql) implements Query {
    }

    /** The parsed JQL with a window {@code field >= from AND field < to}. */
    record Window(Parsed parsed, Field field, Instant from, Instant to) implements Query {
    }

    private final String jql;
    private final List<Issue> issues = new ArrayList<>();
    final AtomicInteger searches = new AtomicInteger();
    final AtomicInteger counts = new AtomicInteger();

    OpenSearchJira(String jql) {
        this.jql = jql;
    }

    /** An issue of the JQL text, created and resolved at the instants given. */
    void add(Instant created, Instant resolved) {
        issues.add((Issue) Proxy.newProxyInstance(Issue.class.getClassLoader(), new Class<?>[] {Issue.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getCreated" -> Timestamp.from(created);
                    case "getResolutionDate" -> Timestamp.from(resolved);
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
    }

    /** Stands {@link JqlQueryBuilder#newBuilder} in for Jira's builder; close it after the test. */
    static MockedStatic<JqlQueryBuilder> builder() {
        MockedStatic<JqlQueryBuilder> builders = mockStatic(JqlQueryBuilder.class);
        builders.when(() -> JqlQueryBuilder.newBuilder(any())).thenAnswer(call -> {
            JqlQueryBuilder builder = mock(JqlQueryBuilder.class);
            when(builder.where()).thenReturn(new Clauses((Parsed) call.getArgument(0)));
            return builder;
        });
        return builders;
    }

    @Override
    public ParseResult parseQuery(ApplicationUser searcher, String query) {
        return new ParseResult(new Parsed(query), NO_ERRORS);
    }

    @Override
    public MessageSet validateQuery(ApplicationUser searcher, Query query) {
        return NO_ERRORS;
    }

    @Override
    public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager)
            throws SearchException {
        searches.incrementAndGet();
        int reach = pager.getStart() + pager.getMax();
        if (reach > MAX_RESULT_WINDOW) {
            throw new SearchException("Result window is too large, from + size must be less than or equal to: ["
                    + MAX_RESULT_WINDOW + "] but was [" + reach + "]");
        }
        List<Issue> matching = matching(query);
        List<Issue> page = matching.subList(Math.min(pager.getStart(), matching.size()),
                Math.min(reach, matching.size()));
        return new SearchResults<>(page, matching.size(), pager.getMax(), pager.getStart());
    }

    @Override
    public long getHitCount(ApplicationUser searcher, Query query, boolean overrideSecurity) {
        counts.incrementAndGet();
        return matching(query).size();
    }

    private List<Issue> matching(Query query) {
        Window window = (Window) query;
        if (!window.parsed().jql().equals(jql)) {
            return List.of();
        }
        List<Issue> found = new ArrayList<>();
        for (Issue issue : issues) {
            Timestamp at = window.field() == Field.CREATED ? issue.getCreated() : issue.getResolutionDate();
            if (at != null && !at.toInstant().isBefore(window.from()) && at.toInstant().isBefore(window.to())) {
                found.add(issue);
            }
        }
        return found;
    }

    private static final MessageSet NO_ERRORS = new MessageSet() {
        @Override
        public boolean hasAnyErrors() {
            return false;
        }

        @Override
        public Set<String> getErrorMessages() {
            return Set.of();
        }
    };

    /** The builder's clauses: collects one window on one field, {@code >= from} then {@code < to}. */
    private static final class Clauses implements JqlClauseBuilder {

        private final Parsed parsed;
        private Field field;
        private Instant from;
        private Instant to;

        Clauses(Parsed parsed) {
            this.parsed = parsed;
        }

        @Override
        public JqlClauseBuilder and() {
            return this;
        }

        @Override
        public ConditionBuilder created() {
            return on(Field.CREATED);
        }

        @Override
        public ConditionBuilder resolutionDate() {
            return on(Field.RESOLUTION_DATE);
        }

        private ConditionBuilder on(Field asked) {
            if (field != null && field != asked) {
                throw new AssertionError("one window, one field: " + field + " then " + asked);
            }
            field = asked;
            return new ConditionBuilder() {
                @Override
                public JqlClauseBuilder gtEq(Date date) {
                    from = minute(date);
                    return Clauses.this;
                }

                @Override
                public JqlClauseBuilder lt(Date date) {
                    to = minute(date);
                    return Clauses.this;
                }
            };
        }

        private static Instant minute(Date date) {
            if (date.getTime() % 60_000 != 0) {
                throw new AssertionError("JQL dates stop at the minute; Jira would not search from or to " + date.toInstant());
            }
            return date.toInstant();
        }

        @Override
        public Query buildQuery() {
            return new Window(parsed, field, from, to);
        }
    }
}
