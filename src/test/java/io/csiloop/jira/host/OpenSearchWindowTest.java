package io.csiloop.jira.host;

import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.csiloop.application.automation.CollectedMeasure;
import io.csiloop.application.automation.DurationUnit;
import io.csiloop.application.automation.JqlCollection;
import io.csiloop.application.automation.JqlCollector;
import io.csiloop.kpi.Period;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.port.SearchFailed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * JQL collection through {@link JiraIssueSearch} against Jira's search on OpenSearch, which refuses to read past
 * result 10,000 of one query: a period with more matching issues is still collected whole.
 */
class OpenSearchWindowTest {

    private static final String JQL = "project = OPS";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** October 2026 in Berlin: 31 days and an hour (summer time ends on the 25th). */
    private static final Period OCTOBER = new Period(PeriodUnit.MONTH, LocalDate.of(2026, 10, 1), BERLIN);

    private final OpenSearchJira jira = new OpenSearchJira(JQL);
    private final UserManager users = mock(UserManager.class);
    private final MockedStatic<JqlQueryBuilder> builders = OpenSearchJira.builder();
    private final JqlCollector collector = new JqlCollector(new JiraIssueSearch(jira, jira, users));

    OpenSearchWindowTest() {
        ApplicationUser alice = mock(ApplicationUser.class);
        when(alice.isActive()).thenReturn(true);
        when(users.getUserByKey("alice-key")).thenReturn(alice);
    }

    @AfterEach
    void closeStatics() {
        builders.close();
    }

    @Test
    void aPeriodWith25000ResolvedIssuesIsCollectedWholeThoughNoSearchReadsPastResult10000() {
        Duration spread = Duration.between(OCTOBER.start(), OCTOBER.end()).dividedBy(25_000);
        for (int i = 0; i < 25_000; i++) {
            Instant resolved = OCTOBER.start().plus(spread.multipliedBy(i));
            jira.add(resolved.minus(Duration.ofMinutes(90 + i % 7)), resolved);
        }
        jira.add(OCTOBER.start().minusSeconds(3600), OCTOBER.start().minusMillis(1));
        jira.add(OCTOBER.end().minusSeconds(3600), OCTOBER.end());

        List<DataPoint> points = collector.collect(
                new JqlCollection(JQL, CollectedMeasure.CREATED_TO_RESOLVED, DurationUnit.MINUTES), "alice-key",
                OCTOBER);

        assertEquals(25_000, points.size());
        assertEquals(OCTOBER.start(), points.get(0).observedAt());
        assertEquals(IntStream.range(0, 25_000).map(i -> 90 + i % 7).sum(),
                points.stream().mapToDouble(DataPoint::value).sum());
        assertEquals(points.stream().map(DataPoint::observedAt).sorted().distinct().toList(),
                points.stream().map(DataPoint::observedAt).toList(), "each issue once, in time order");
    }

    @Test
    void aCountOf25000IsOneHitCountWithoutReadingAnIssue() {
        for (int i = 0; i < 25_000; i++) {
            jira.add(OCTOBER.start().plusSeconds(i * 60L), OCTOBER.end().plusSeconds(i));
        }

        List<DataPoint> points = collector.collect(
                new JqlCollection(JQL, CollectedMeasure.CREATED_COUNT, null), "alice-key", OCTOBER);

        assertEquals(25_000.0, points.get(0).value());
        assertEquals(1, jira.counts.get());
        assertEquals(0, jira.searches.get());
    }

    @Test
    void moreThan10000IssuesResolvedWithinOneMinuteCannotBeReadAndSaySo() {
        Instant minute = OCTOBER.start().plus(Duration.ofDays(3));
        for (int i = 0; i < 10_001; i++) {
            jira.add(minute.minus(Duration.ofDays(1)), minute.plusMillis(i % 60_000));
        }

        SearchFailed failed = assertThrows(SearchFailed.class, () -> collector.collect(
                new JqlCollection(JQL, CollectedMeasure.CREATED_TO_RESOLVED, DurationUnit.HOURS), "alice-key",
                OCTOBER));

        assertTrue(failed.getMessage().contains("10,001 or more issues of " + JQL + " were resolved within one minute"),
                failed.getMessage());
        assertEquals(0, jira.searches.get(), "nothing read before the refusal");
    }
}
