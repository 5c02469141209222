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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.MockedStatic;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** JQL collection against Jira's search, mocked: the window added to the query, hits counted, pages read. */
class JiraIssueSearchTest {

    private static final String JQL = "project = OPS AND type = Incident";
    private static final IssueQuery QUERY = new IssueQuery(JQL, "alice-key");
    private static final Instant FROM = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-11-01T00:00:00Z");

    private final SearchService searchService = mock(SearchService.class);
    private final IssueDocumentSearchService documents = mock(IssueDocumentSearchService.class);
    private final UserManager users = mock(UserManager.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final Query parsed = mock(Query.class);
    private final Query windowed = mock(Query.class);
    private final JqlQueryBuilder builder = mock(JqlQueryBuilder.class);
    private final JqlClauseBuilder clauses = mock(JqlClauseBuilder.class);
    private final ConditionBuilder condition = mock(ConditionBuilder.class);
    private final JiraIssueSearch search = new JiraIssueSearch(searchService, documents, users);
    private MockedStatic<JqlQueryBuilder> builders;

    @BeforeEach
    void jira() {
        when(users.getUserByKey("alice-key")).thenReturn(alice);
        when(alice.isActive()).thenReturn(true);
        MessageSet none = messages();
        when(searchService.parseQuery(alice, JQL)).thenReturn(new SearchService.ParseResult(parsed, none));
        builders = mockStatic(JqlQueryBuilder.class);
        builders.when(() -> JqlQueryBuilder.newBuilder(parsed)).thenReturn(builder);
        when(builder.where()).thenReturn(clauses);
        when(clauses.and()).thenReturn(clauses);
        when(clauses.created()).thenReturn(condition);
        when(clauses.resolutionDate()).thenReturn(condition);
        when(condition.gtEq(any())).thenReturn(clauses);
        when(condition.lt(any())).thenReturn(clauses);
        when(clauses.buildQuery()).thenReturn(windowed);
    }

    @AfterEach
    void closeStatics() {
        builders.close();
    }

    @Test
    void countsTheHitsOfTheQueryWithinTheWindowAsItsUserWithoutOverridingSecurity() throws Exception {
        when(documents.getHitCount(alice, windowed, false)).thenReturn(17L);

        assertEquals(17L, search.count(QUERY, IssueEvent.CREATED, FROM, TO));

        verify(clauses, times(2)).created();
        verify(condition).gtEq(Date.from(FROM));
        verify(condition).lt(Date.from(TO));
    }

    @Test
    void resolvedIssuesAreWindowedByTheirResolutionDate() throws Exception {
        when(documents.getHitCount(alice, windowed, false)).thenReturn(4L);

        assertEquals(4L, search.count(QUERY, IssueEvent.RESOLVED, FROM, TO));

        verify(clauses, times(2)).resolutionDate();
    }

    @Test
    @SuppressWarnings("unchecked")
    void handsOverEveryResolvedIssuePageByPage() throws Exception {
        List<Issue> first = new ArrayList<>();
        for (int i = 0; i < JiraIssueSearch.PAGE; i++) {
            first.add(issue("2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z"));
        }
        List<Issue> second = List.of(issue("2026-09-20T00:00:00Z", "2026-10-30T12:00:00Z"));
        int total = JiraIssueSearch.PAGE + 1;
        when(searchService.search(eq(alice), eq(windowed), any(PagerFilter.class)))
                .thenReturn(new SearchResults<>(first, total, JiraIssueSearch.PAGE, 0))
                .thenReturn(new SearchResults<>(second, total, JiraIssueSearch.PAGE, JiraIssueSearch.PAGE));
        List<IssueTimes> handed = new ArrayList<>();

        search.forEachResolved(QUERY, FROM, TO, handed::add);

        assertEquals(total, handed.size());
        assertEquals(new IssueTimes(Instant.parse("2026-09-20T00:00:00Z"), Instant.parse("2026-10-30T12:00:00Z")),
                handed.get(total - 1));
        ArgumentCaptor<PagerFilter> pages = ArgumentCaptor.forClass(PagerFilter.class);
        verify(searchService, times(2)).search(eq(alice), eq(windowed), pages.capture());
        assertEquals(List.of(0, JiraIssueSearch.PAGE), pages.getAllValues().stream().map(PagerFilter::getStart).toList());
    }

    @Test
    void aWindowWiderThanTheResultWindowIsRefusedBeforeAnyIssueIsHandedOver() throws Exception {
        List<Issue> page = List.of(issue("2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z"));
        when(searchService.search(eq(alice), eq(windowed), any(PagerFilter.class)))
                .thenReturn(new SearchResults<>(page, IssueSearch.MAX_RESULT_WINDOW + 1, JiraIssueSearch.PAGE, 0));
        List<IssueTimes> handed = new ArrayList<>();

        SearchFailed failed = assertThrows(SearchFailed.class, () -> search.forEachResolved(QUERY, FROM, TO, handed::add));

        assertTrue(failed.getMessage().startsWith("10,001 issues of " + JQL + " were resolved from"), failed.getMessage());
        assertEquals(List.of(), handed);
    }

    @Test
    void noPageReachesPastTheResultWindowEvenWhenMoreIssuesAppearWhileReading() throws Exception {
        List<Issue> full = new ArrayList<>();
        for (int i = 0; i < JiraIssueSearch.PAGE; i++) {
            full.add(issue("2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z"));
        }
        when(searchService.search(eq(alice), eq(windowed), any(PagerFilter.class))).thenAnswer(call -> {
            int start = call.<PagerFilter>getArgument(2).getStart();
            return new SearchResults<>(full, start == 0 ? IssueSearch.MAX_RESULT_WINDOW : 12_000, JiraIssueSearch.PAGE,
                    start);
        });
        List<IssueTimes> handed = new ArrayList<>();

        search.forEachResolved(QUERY, FROM, TO, handed::add);

        assertEquals(IssueSearch.MAX_RESULT_WINDOW, handed.size());
        ArgumentCaptor<PagerFilter> pages = ArgumentCaptor.forClass(PagerFilter.class);
        verify(searchService, times(IssueSearch.MAX_RESULT_WINDOW / JiraIssueSearch.PAGE))
                .search(eq(alice), eq(windowed), pages.capture());
        assertTrue(pages.getAllValues().stream().allMatch(p -> p.getStart() + p.getMax() <= IssueSearch.MAX_RESULT_WINDOW));
    }

    @Test
    void aSearchJiraCannotRunFailsWithItsReason() throws Exception {
        when(documents.getHitCount(alice, windowed, false)).thenThrow(new SearchException("index unavailable"));

        SearchFailed failed = assertThrows(SearchFailed.class, () -> search.count(QUERY, IssueEvent.CREATED, FROM, TO));

        assertTrue(failed.getMessage().contains("index unavailable"), failed.getMessage());
    }

    @Test
    void aQueryThatNoLongerParsesOrAUserWhoLeftFailsClearly() {
        MessageSet unknownField = messages("Field 'team' does not exist.");
        when(searchService.parseQuery(alice, JQL)).thenReturn(new SearchService.ParseResult(null, unknownField));
        SearchFailed parse = assertThrows(SearchFailed.class, () -> search.count(QUERY, IssueEvent.CREATED, FROM, TO));
        when(alice.isActive()).thenReturn(false);
        SearchFailed user = assertThrows(SearchFailed.class, () -> search.count(QUERY, IssueEvent.CREATED, FROM, TO));

        assertTrue(parse.getMessage().contains("Field 'team' does not exist."), parse.getMessage());
        assertTrue(user.getMessage().contains("no longer active"), user.getMessage());
    }

    @Test
    void problemsAreJirasOwnParseAndValidationMessages() {
        MessageSet valid = messages();
        when(searchService.validateQuery(alice, parsed)).thenReturn(valid);
        assertEquals(List.of(), search.problems(JQL, "alice-key"));

        MessageSet unknownValue = messages("The value 'NOPE' does not exist.");
        when(searchService.validateQuery(alice, parsed)).thenReturn(unknownValue);
        assertEquals(List.of("The value 'NOPE' does not exist."), search.problems(JQL, "alice-key"));

        MessageSet syntax = messages("Error in the JQL Query: Expecting a value.");
        when(searchService.parseQuery(alice, "project = ")).thenReturn(new SearchService.ParseResult(null, syntax));
        assertEquals(List.of("Error in the JQL Query: Expecting a value."), search.problems("project = ", "alice-key"));
        assertEquals(List.of("there is no user with the key bob"), search.problems(JQL, "bob"));
    }

    private static Issue issue(String created, String resolved) {
        Issue issue = mock(Issue.class);
        when(issue.getCreated()).thenReturn(Timestamp.from(Instant.parse(created)));
        when(issue.getResolutionDate()).thenReturn(Timestamp.from(Instant.parse(resolved)));
        return issue;
    }

    private static MessageSet messages(String... errors) {
        MessageSet messages = mock(MessageSet.class);
        when(messages.hasAnyErrors()).thenReturn(errors.length > 0);
        when(messages.getErrorMessages()).thenReturn(Set.of(errors));
        return messages;
    }
}
