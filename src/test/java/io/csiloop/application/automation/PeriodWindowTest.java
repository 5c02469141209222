package io.csiloop.application.automation;

import io.csiloop.kpi.Period;
import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.StoredDefinition;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which closed periods a run looks at for a definition. */
class PeriodWindowTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Sunday 2026-03-29 00:30 in Berlin: the day clocks go forward. */
    private static final Instant NOW = Instant.parse("2026-03-28T23:30:00Z");

    private static StoredDefinition definition(PeriodUnit unit, MeasurementSource source, String createdAt) {
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(80, 5);
        draft.period = unit;
        draft.source = source;
        Instant created = Instant.parse(createdAt);
        return new StoredDefinition(1, 10_000L, new Ownership(null, "a"), draft.build(), 1, created, created);
    }

    private static Period day(int year, int month, int day) {
        return new Period(PeriodUnit.DAY, LocalDate.of(year, month, day), BERLIN);
    }

    @Test
    void aJqlCollectionReachesBackItsBackfillFromTheLatestClosedPeriod() {
        StoredDefinition daily = definition(PeriodUnit.DAY, MeasurementSource.JQL_COUNT, "2026-03-27T12:00:00Z");
        DefinitionAutomation automation = new DefinitionAutomation(1, 10_000L,
                new JqlCollection("x", CollectedMeasure.CREATED_COUNT, null), RaisePolicy.NEVER, 5, "a");

        PeriodWindow window = PeriodWindow.of(daily, automation, BERLIN, NOW);

        assertEquals(List.of(day(2026, 3, 24), day(2026, 3, 25), day(2026, 3, 26), day(2026, 3, 27), day(2026, 3, 28)),
                window.periods(), "history from before the definition existed, up to yesterday in Berlin");
    }

    @Test
    void aHandFedMeasureWaitsAFewPeriodsForLateDataButNotBeforeItWasCreated() {
        assertEquals(List.of(day(2026, 3, 26), day(2026, 3, 27), day(2026, 3, 28)), PeriodWindow.of(
                definition(PeriodUnit.DAY, MeasurementSource.MANUAL, "2025-01-01T00:00:00Z"), null, BERLIN, NOW).periods());
        assertEquals(List.of(day(2026, 3, 28)), PeriodWindow.of(
                definition(PeriodUnit.DAY, MeasurementSource.MANUAL, "2026-03-28T10:00:00Z"), null, BERLIN, NOW).periods());
    }

    @Test
    void aMeasureCreatedInTheCurrentPeriodHasNothingDueYet() {
        PeriodWindow window = PeriodWindow.of(
                definition(PeriodUnit.MONTH, MeasurementSource.MANUAL, "2026-03-02T00:00:00Z"), null, BERLIN, NOW);

        assertEquals(0, window.size());
        assertEquals(List.of(), window.periods());
    }
}
