package io.csiloop.kpi;

import io.csiloop.kernel.EnglishMessages;
import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.PeriodUnit;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The before/after verdict at the change, from period values (Making Data Count; ../shared/reference/spc.md). */
class ChangeVerdictTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    /** SVC-3's measure: higher is better, target 75, baseline number 62, monthly. */
    private static final MeasurementDefinition SVC3 = DefinitionDraft.higherIsBetter(75, 2).baseline(62.0).build();
    private static final GoLive MID_MAY = new GoLive("SVC-3", 1, Instant.parse("2026-05-15T09:00:00Z"), true);
    /** December 2026 is in progress at this moment. */
    private static final Instant NOW = Instant.parse("2026-12-10T00:00:00Z");

    /**
     * SVC-3 as the demo has it: about 62 % for the twelve months May 2025 to April 2026, the change live mid-May 2026
     * (May, half and half, reads 70), then about 78 % June to November; December, in progress, reads 95.
     */
    static List<KpiValue> svc3() {
        List<KpiValue> values = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            values.add(month(LocalDate.of(2025, 5, 1).plusMonths(i), 62 + (i * 7 % 5 - 2) * 0.4 + i * 0.01));
        }
        values.add(month(LocalDate.of(2026, 5, 1), 70));
        for (int i = 0; i < 6; i++) {
            values.add(month(LocalDate.of(2026, 6, 1).plusMonths(i), 78 + (i * 3 % 5 - 2) * 0.4 + i * 0.01));
        }
        values.add(month(LocalDate.of(2026, 12, 1), 95));
        return values;
    }

    @Test
    void svc3ImprovedBySixteenPointsAtItsChange() {
        ChangeVerdict verdict = verdictOfCycleOne(svc3());

        assertEquals(Verdict.IMPROVED, verdict.verdict().orElseThrow());
        ShiftEstimate shift = verdict.comparison().orElseThrow().shiftEstimate().orElseThrow();
        assertEquals(16, shift.estimate(), 0.5);
        assertTrue(shift.lower() > 0, "the interval excludes no change: " + shift);
        assertFalse(verdict.baselineNumberUsed());
        assertTrue(verdict.improvingShift(), "six periods 16 points up: a sustained shift upward");
    }

    @Test
    void theGoLivesPeriodAndThePeriodInProgressAreInNeitherSide() {
        ChangeVerdict verdict = verdictOfCycleOne(svc3());

        assertEquals(12, verdict.before().size());
        assertEquals(6, verdict.after().size());
        assertEquals(LocalDate.of(2026, 4, 1), verdict.before().get(11).period().firstDay());
        assertEquals(LocalDate.of(2026, 6, 1), verdict.after().get(0).period().firstDay());
        assertEquals(LocalDate.of(2026, 11, 1), verdict.after().get(5).period().firstDay());
    }

    @Test
    void saysItInWords() {
        ChangeVerdict verdict = verdictOfCycleOne(svc3());

        assertEquals("Improved: after the change on 2026-05-15 the median rose by 15.9 % (95 % CI 15.2 to 16.7); 6 of 6"
                + " periods since sit above the old mean. The Mann-Whitney test gives p < 0.001 (exact). The control"
                + " chart agrees: a sustained shift in the improving direction against the limits before the change.",
                VerdictReason.in(verdict.reasons(), new EnglishMessages()));
    }

    @Test
    void theBaselineNumberStandsInOnlyWhenNoPeriodPrecedesTheChangeAndTheVerdictSaysSo() {
        List<KpiValue> afterOnly = svc3().subList(13, 19);

        ChangeVerdict verdict = verdictOfCycleOne(afterOnly);

        assertTrue(verdict.baselineNumberUsed());
        assertTrue(verdict.before().isEmpty());
        assertEquals(62.0, verdict.comparison().orElseThrow().meanBefore(), 1e-12);
        assertTrue(verdict.reasons().stream().anyMatch(r -> r.key().equals("csiloop.kpi.change.baselineNumber")),
                verdict.reasons().toString());
        assertFalse(verdictOfCycleOne(svc3()).reasons().stream()
                .anyMatch(r -> r.key().equals("csiloop.kpi.change.baselineNumber")));
    }

    @Test
    void noBaselineNumberAndNoPeriodBeforeMeansNoVerdict() {
        MeasurementDefinition unbased = DefinitionDraft.higherIsBetter(75, 2).baseline(null).build();

        ChangeVerdict verdict = ChangeVerdict.ofCycle(unbased, svc3().subList(13, 19), changes(), 1, NOW, UTC);

        assertTrue(verdict.verdict().isEmpty());
        assertEquals("csiloop.kpi.change.noBefore", verdict.reasons().get(0).key());
    }

    @Test
    void noGoLiveForTheCycleNoVerdict() {
        ChangeVerdict verdict = ChangeVerdict.ofCycle(SVC3, svc3(), changes(), 2, NOW, UTC);

        assertTrue(verdict.verdict().isEmpty());
        assertTrue(verdict.change().isEmpty());
        assertEquals("No verdict: cycle 2 has no go-live yet.",
                VerdictReason.in(verdict.reasons(), new EnglishMessages()));
    }

    @Test
    void noCompletePeriodSinceTheChangeNoVerdictYet() {
        ChangeVerdict verdict = ChangeVerdict.ofCycle(SVC3, svc3(), changes(), 1,
                Instant.parse("2026-06-20T00:00:00Z"), UTC);

        assertTrue(verdict.verdict().isEmpty());
        assertEquals("csiloop.kpi.change.noAfter", verdict.reasons().get(0).key());
    }

    @Test
    void beforeIsThePhaseHoldingThePeriodBeforeTheChange() {
        // approved mid-August 2025: the new phase begins in September (the period holding the rebase stays old)
        Rebase rebase = new Rebase(Instant.parse("2025-08-20T00:00:00Z"), "new tooling", "admin", NOW);

        ChangeVerdict verdict = ChangeVerdict.ofCycle(SVC3, svc3(),
                new ProcessChanges(List.of(MID_MAY), List.of(rebase)), 1, NOW, UTC);

        assertEquals(LocalDate.of(2025, 9, 1), verdict.before().get(0).period().firstDay());
        assertEquals(8, verdict.before().size());
    }

    @Test
    void aRebaseAtTheChangeDoesNotEmptyTheBeforeSide() {
        Rebase atChange = new Rebase(MID_MAY.at(), "the change worked", "admin", NOW);

        ChangeVerdict verdict = ChangeVerdict.ofCycle(SVC3, svc3(),
                new ProcessChanges(List.of(MID_MAY), List.of(atChange)), 1, NOW, UTC);

        assertEquals(12, verdict.before().size());
    }

    @Test
    void aGoLiveNotRecordedSaysSo() {
        GoLive entered = new GoLive("SVC-3", 1, MID_MAY.at(), false);

        ChangeVerdict verdict = ChangeVerdict.ofCycle(SVC3, svc3(), new ProcessChanges(List.of(entered), List.of()), 1,
                NOW, UTC);

        assertTrue(verdict.reasons().stream().anyMatch(r -> r.key().equals("csiloop.kpi.change.notRecorded")));
    }

    private static ChangeVerdict verdictOfCycleOne(List<KpiValue> values) {
        return ChangeVerdict.ofCycle(SVC3, values, changes(), 1, NOW, UTC);
    }

    private static ProcessChanges changes() {
        return new ProcessChanges(List.of(MID_MAY), List.of());
    }

    static KpiValue month(LocalDate first, double value) {
        return new KpiValue(new Period(PeriodUnit.MONTH, first, UTC), value, 30);
    }
}
