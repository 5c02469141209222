package io.csiloop.application.measure;

import io.csiloop.application.gate.ImprovementCycles;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kernel.FieldError;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DataPointInvalid;
import io.csiloop.measure.DataPointNotFound;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.PointChange;
import io.csiloop.measure.PointEdit;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDataPoint;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Recording data points on mocked repositories: the cycle and who recorded them, the checks, paging. */
class DataPointLogTest {

    private static final long IMPROVEMENT = 1001;
    /** The last days of November 2026: October and November are open to points, December is the future. */
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final Instant AT = Instant.parse("2026-10-01T08:00:00Z");

    private final DataPoints points = mock(DataPoints.class);
    private final ImprovementRegister register = mock(ImprovementRegister.class);
    private final Users users = mock(Users.class);
    private final DataPointLog log = new DataPointLog(points, new ImprovementCycles(register), users,
            Clock.fixed(NOW, ZoneOffset.UTC), new ReportingZone(ZoneId.of("Europe/Berlin")), FixedLimits.DEFAULTS);

    DataPointLogTest() {
        when(users.current()).thenReturn(Optional.of(new UserRef("fred", "Fred")));
        when(points.record(anyInt(), any(), any())).thenAnswer(call -> call.<List<?>>getArgument(2).size());
    }

    @Test
    void shouldRecordInTheOwningImprovementsCurrentCycleByTheCaller() {
        when(register.find(IMPROVEMENT)).thenReturn(Optional.of(new RegisterEntry(IMPROVEMENT, 10, 3, null, null,
                null, null, Set.of(), null, null)));

        int recorded = log.recordOne(definition(IMPROVEMENT), new PointInput("2026-10-01T10:00:00+02:00", 72.5, "x"));

        assertEquals(1, recorded);
        verify(points).record(5, new Provenance(MeasurementSource.MANUAL, "fred", 3),
                List.of(new NewDataPoint(new DataPoint(AT, 72.5), "x")));
    }

    @Test
    void shouldRecordAProjectMeasureInTheFirstCycle() {
        log.recordBatch(definition(null), List.of(new PointInput("2026-10-01T08:00:00Z", 1.0, null)));

        verify(points).record(5, new Provenance(MeasurementSource.MANUAL, "fred", 1),
                List.of(new NewDataPoint(new DataPoint(AT, 1.0), null)));
    }

    @Test
    void shouldRefuseTheWholeBatchNamingEachBadPointByIndex() {
        List<PointInput> batch = new ArrayList<>(List.of(new PointInput("2026-10-01T08:00:00Z", 1.0, null),
                new PointInput("yesterday", 2.0, null), new PointInput("0000-12-31T00:00:00Z", null, "x".repeat(451))));
        batch.add(null);

        DataPointInvalid refused = assertThrows(DataPointInvalid.class, () -> log.recordBatch(definition(null), batch));

        assertEquals(List.of(FieldError.of("points[1].observedAt", PointInput.INSTANT),
                FieldError.of("points[2].observedAt", PointInput.INSTANT),
                FieldError.of("points[2].value", PointInput.REQUIRED),
                FieldError.of("points[2].note", PointInput.TOO_LONG, NewDataPoint.NOTE_MAX),
                FieldError.of("points[3]", PointInput.REQUIRED)), refused.errors());
        verify(points, never()).record(anyInt(), any(), any());
    }

    @Test
    void shouldRefuseAMissingOrTooLongBatchAsAWhole() {
        List<PointInput> tooMany = Collections.nCopies(DataPointLog.MAX_BATCH + 1,
                new PointInput("2026-10-01T08:00:00Z", 1.0, null));

        DataPointInvalid missing = assertThrows(DataPointInvalid.class, () -> log.recordBatch(definition(null), null));
        DataPointInvalid tooLong = assertThrows(DataPointInvalid.class, () -> log.recordBatch(definition(null), tooMany));

        assertEquals(List.of(FieldError.of("points", PointInput.REQUIRED)), missing.errors());
        assertEquals(List.of(FieldError.of("points", DataPointLog.TOO_MANY, DataPointLog.MAX_BATCH)), tooLong.errors());
    }

    @Test
    void shouldRefuseAValueDatedAfterTheCurrentPeriodReadInTheReportingZone() {
        String endOfNovember = "2026-11-30T23:00:00Z"; // midnight in Berlin: December, the next month, begins

        DataPointInvalid refused = assertThrows(DataPointInvalid.class, () -> log.recordBatch(definition(null),
                List.of(new PointInput("2026-11-30T22:59:59.999Z", 1.0, null),
                        new PointInput(endOfNovember, 2.0, null))));

        assertEquals(List.of(FieldError.of("points[1].observedAt", DataPointLog.AFTER_CURRENT_PERIOD, endOfNovember)),
                refused.errors());
        verify(points, never()).record(anyInt(), any(), any());
    }

    @Test
    void shouldCorrectAPointByTheCallerForTheReasonGivenStripped() {
        StoredDataPoint corrected = new StoredDataPoint(7, 5, new DataPoint(AT, 4.5), null,
                new Provenance(MeasurementSource.CSV, null, 1), AT);
        when(points.correct(anyInt(), anyInt(), any(), any())).thenReturn(corrected);

        StoredDataPoint answer = log.correct(definition(null), 7, new PointInput("2026-10-01T08:00:00Z", 4.5, null),
                "  typed 45 for 4.5 ");

        assertEquals(corrected, answer);
        verify(points).correct(5, 7, new NewDataPoint(new DataPoint(AT, 4.5), null),
                new PointEdit("fred", "typed 45 for 4.5"));
    }

    @Test
    void shouldRefuseACorrectionIntoTheFutureOrWithoutAReasonNamingEveryField() {
        DataPointInvalid refused = assertThrows(DataPointInvalid.class, () -> log.correct(definition(null), 7,
                new PointInput("2027-01-01T00:00:00Z", null, null), " "));
        DataPointInvalid tooLong = assertThrows(DataPointInvalid.class,
                () -> log.delete(definition(null), 7, "r".repeat(PointChange.REASON_MAX + 1)));

        assertEquals(List.of(FieldError.of("observedAt", DataPointLog.AFTER_CURRENT_PERIOD, "2026-11-30T23:00:00Z"),
                FieldError.of("value", PointInput.REQUIRED), FieldError.of("reason", PointInput.REQUIRED)),
                refused.errors());
        assertEquals(List.of(FieldError.of("reason", PointInput.TOO_LONG, PointChange.REASON_MAX)), tooLong.errors());
        verify(points, never()).correct(anyInt(), anyInt(), any(), any());
        verify(points, never()).delete(anyInt(), anyInt(), any());
    }

    @Test
    void shouldRefuseTheHistoryOfAPointNeverStored() {
        when(points.find(5, 8)).thenReturn(Optional.empty());

        assertThrows(DataPointNotFound.class, () -> log.history(definition(null), 8));
    }

    @Test
    void shouldAskTheStoreForOnePageAndTheRangesCountNeverTheWholeRange() {
        Instant to = AT.plusSeconds(3600);
        List<StoredDataPoint> range = IntStream.range(0, 5).mapToObj(i -> new StoredDataPoint(i, 5,
                new DataPoint(AT.plusSeconds(i), i), null, new Provenance(MeasurementSource.CSV, null, 1), AT)).toList();
        when(points.page(5, AT, to, 2, 2)).thenReturn(range.subList(2, 4));
        when(points.count(5, AT, to)).thenReturn(5);

        DataPointLog.Page middle = log.page(definition(null), AT, to, 2, 2);

        assertEquals(new DataPointLog.Page(AT, to, 2, 2, 5, range.subList(2, 4)), middle);
        verify(points, never()).between(anyInt(), any(), any());
    }

    private static StoredDefinition definition(Long improvementIssueId) {
        MeasurementDefinition measure = new MeasurementDefinition("FCR", "First-contact resolution", null, "%",
                Direction.HIGHER_IS_BETTER, 80.0, null, 5, 60.0, Aggregation.AVERAGE, PeriodUnit.MONTH,
                MeasurementSource.MANUAL, null, null);
        return new StoredDefinition(5, 10, new Ownership(improvementIssueId, "fred"), measure, 1, AT, AT);
    }
}
