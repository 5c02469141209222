package io.csiloop.application.automation;

import io.csiloop.port.IssueEvent;
import io.csiloop.port.IssueQuery;
import io.csiloop.port.IssueSearch;
import io.csiloop.port.IssueTimes;
import io.csiloop.port.SearchFailed;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Reading a period's resolved issues in windows the search hands over whole. */
class ResolutionWindowsTest {

    private static final String JQL = "project = OPS";
    private static final IssueQuery QUERY = new IssueQuery(JQL, "alice-key");
    private static final Instant FROM = Instant.parse("2026-09-30T22:00:00Z");
    private static final Instant TO = Instant.parse("2026-10-31T23:00:00Z");

    private final FakeIssueSearch search = new FakeIssueSearch();

    @Test
    void aPeriodWith25000ResolvedIssuesIsReadWholeInWindowsOfAtMost10000() {
        Duration spread = Duration.between(FROM, TO).dividedBy(25_000);
        List<Instant> resolved = new ArrayList<>();
        for (int i = 0; i < 25_000; i++) {
            resolved.add(FROM.plus(spread.multipliedBy(i)));
            search.add(JQL, FROM.minus(Duration.ofDays(1)), resolved.get(i));
        }
        search.add(JQL, FROM.minus(Duration.ofDays(1)), TO);
        List<IssueTimes> handed = new ArrayList<>();

        new ResolutionWindows(search).forEachResolved(QUERY, FROM, TO, handed::add);

        assertEquals(resolved, handed.stream().map(IssueTimes::resolved).toList(), "each once, in time order");
        assertTrue(search.reads.size() >= 3, "25,000 need three windows at least: " + search.reads);
        assertTrue(search.reads.stream().allMatch(n -> n <= IssueSearch.MAX_RESULT_WINDOW), search.reads.toString());
    }

    @Test
    void windowsOfTheResultWindowOrMoreAreSplitOnWholeMinutesAndAnEmptyOneIsNotRead() {
        IssueSearch counting = mock(IssueSearch.class);
        Instant from = Instant.parse("2026-10-01T10:00:30Z");
        Instant to = Instant.parse("2026-10-01T10:02:10Z");
        Instant minute = Instant.parse("2026-10-01T10:01:00Z");
        when(counting.count(QUERY, IssueEvent.RESOLVED, from, to)).thenReturn(10_000L);
        when(counting.count(QUERY, IssueEvent.RESOLVED, from, minute)).thenReturn(0L);
        when(counting.count(QUERY, IssueEvent.RESOLVED, minute, to)).thenReturn(9_999L);

        new ResolutionWindows(counting).forEachResolved(QUERY, from, to, issue -> { });

        verify(counting, never()).forEachResolved(eq(QUERY), eq(from), any(), any());
        verify(counting).forEachResolved(eq(QUERY), eq(minute), eq(to), any());
    }

    @Test
    void moreIssuesThanOneSearchHandsOverWithinOneMinuteAreRefusedNamingTheMinute() {
        Instant minute = Instant.parse("2026-10-05T08:15:00Z");
        for (int i = 0; i <= IssueSearch.MAX_RESULT_WINDOW; i++) {
            search.add(JQL, FROM, minute.plusMillis(i));
        }

        SearchFailed failed = assertThrows(SearchFailed.class,
                () -> new ResolutionWindows(search).forEachResolved(QUERY, FROM, TO, issue -> { }));

        assertTrue(failed.getMessage().startsWith("10,001 or more issues of project = OPS were resolved within one minute, "
                + "from 2026-10-05T08:15:00Z;"), failed.getMessage());
        assertEquals(List.of(), search.reads);
    }
}
