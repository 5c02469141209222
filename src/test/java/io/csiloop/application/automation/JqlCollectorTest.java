package io.csiloop.application.automation;

import io.csiloop.kpi.Period;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.port.IssueEvent;
import io.csiloop.port.IssueQuery;
import io.csiloop.port.IssueSearch;
import io.csiloop.port.IssueTimes;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Collecting one period over a mocked search port. */
class JqlCollectorTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** March 2026 in Berlin: from 2026-02-28T23:00Z to 2026-03-31T22:00Z (daylight saving starts on the 29th). */
    private static final Period MARCH = new Period(PeriodUnit.MONTH, LocalDate.of(2026, 3, 1), BERLIN);
    private static final IssueQuery QUERY = new IssueQuery("project = OPS", "alice-key");

    private final IssueSearch search = mock(IssueSearch.class);
    private final JqlCollector collector = new JqlCollector(search);

    @Test
    void aCountIsOnePointInTheMiddleOfThePeriodAskedForItsExactWindow() {
        when(search.count(QUERY, IssueEvent.RESOLVED, Instant.parse("2026-02-28T23:00:00Z"),
                Instant.parse("2026-03-31T22:00:00Z"))).thenReturn(42L);

        List<DataPoint> points = collector.collect(
                new JqlCollection("project = OPS", CollectedMeasure.RESOLVED_COUNT, null), "alice-key", MARCH);

        assertEquals(List.of(new DataPoint(Instant.parse("2026-03-16T10:30:00Z"), 42)), points);
    }

    @Test
    void createdIssuesAreCountedByTheirCreation() {
        when(search.count(eq(QUERY), eq(IssueEvent.CREATED), any(), any())).thenReturn(3L);

        List<DataPoint> points = collector.collect(
                new JqlCollection("project = OPS", CollectedMeasure.CREATED_COUNT, null), "alice-key", MARCH);

        assertEquals(3.0, points.get(0).value());
    }

    @Test
    void aDurationIsOnePointPerResolvedIssueInTheUnitAskedForInTimeOrder() {
        handOver(new IssueTimes(Instant.parse("2026-03-10T08:00:00Z"), Instant.parse("2026-03-12T08:00:00Z")),
                new IssueTimes(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-01T06:30:00Z")));

        List<DataPoint> points = collector.collect(
                new JqlCollection("project = OPS", CollectedMeasure.CREATED_TO_RESOLVED, DurationUnit.HOURS),
                "alice-key", MARCH);

        assertEquals(List.of(new DataPoint(Instant.parse("2026-03-01T06:30:00Z"), 6.5),
                new DataPoint(Instant.parse("2026-03-12T08:00:00Z"), 48)), points);
    }

    @Test
    void anIssueResolvedOutsideThePeriodIsLeftOutWhateverTheSearchHandsOver() {
        handOver(new IssueTimes(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-28T22:59:59Z")),
                new IssueTimes(Instant.parse("2026-03-30T00:00:00Z"), Instant.parse("2026-03-31T22:00:00Z")),
                new IssueTimes(Instant.parse("2026-03-30T00:00:00Z"), Instant.parse("2026-03-31T00:00:00Z")));

        List<DataPoint> points = collector.collect(
                new JqlCollection("project = OPS", CollectedMeasure.CREATED_TO_RESOLVED, DurationUnit.DAYS),
                "alice-key", MARCH);

        assertEquals(List.of(new DataPoint(Instant.parse("2026-03-31T00:00:00Z"), 1)), points);
    }

    @Test
    void aPeriodWithoutResolvedIssuesHasNoDurationPoints() {
        handOver();

        assertEquals(List.of(), collector.collect(
                new JqlCollection("project = OPS", CollectedMeasure.CREATED_TO_RESOLVED, DurationUnit.MINUTES),
                "alice-key", MARCH));
    }

    @SuppressWarnings("unchecked")
    private void handOver(IssueTimes... issues) {
        when(search.count(QUERY, IssueEvent.RESOLVED, MARCH.start(), MARCH.end())).thenReturn((long) issues.length);
        doAnswer(call -> {
            Consumer<IssueTimes> each = call.getArgument(3);
            List.of(issues).forEach(each);
            return null;
        }).when(search).forEachResolved(eq(QUERY), eq(MARCH.start()), eq(MARCH.end()), any(Consumer.class));
    }
}
