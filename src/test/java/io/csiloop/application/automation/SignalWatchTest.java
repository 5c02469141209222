package io.csiloop.application.automation;

import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.SignalRule;
import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.PeriodUnit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which signals a definition's recent values show at the latest closed period. */
class SignalWatchTest {

    /** Higher is better, target 80, tolerance 5: below 75 is off target. */
    private static final MeasurementDefinition FCR = DefinitionDraft.higherIsBetter(80, 5).build();
    private static final Period JANUARY = new Period(PeriodUnit.MONTH, LocalDate.of(2026, 1, 1), ZoneOffset.UTC);

    /** Consecutive monthly values from January 2026. */
    private static List<KpiValue> months(double... values) {
        List<KpiValue> list = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            list.add(new KpiValue(JANUARY.plus(i), values[i], 1));
        }
        return list;
    }

    private static Period month(int index) {
        return JANUARY.plus(index);
    }

    @Test
    void offTargetForTheConfiguredPeriodsIsACandidateSpanningTheWholeStreak() {
        List<SignalCandidate> found = SignalWatch.candidates(FCR, new RaisePolicy(true, 3, false),
                months(85, 70, 71, 72, 73), month(4));

        assertEquals(1, found.size());
        SignalCandidate streak = found.get(0);
        assertEquals(SignalCandidate.Kind.OFF_TARGET, streak.kind());
        assertEquals(month(1), streak.first());
        assertEquals(month(4), streak.last());
        assertEquals(4, streak.periods());
    }

    @Test
    void aShorterStreakANearTargetPeriodOrAGapIsNoCandidate() {
        RaisePolicy three = new RaisePolicy(true, 3, false);
        assertEquals(List.of(), SignalWatch.candidates(FCR, three, months(85, 85, 70, 71), month(3)));
        assertEquals(List.of(), SignalWatch.candidates(FCR, three, months(70, 71, 77, 72), month(3)), "77 is near target");
        List<KpiValue> gap = new ArrayList<>(months(70, 71));
        gap.add(new KpiValue(month(3), 72, 1));
        assertEquals(List.of(), SignalWatch.candidates(FCR, three, gap, month(3)), "no value in March breaks the streak");
    }

    @Test
    void nothingIsNewWhenTheLatestClosedPeriodHasNoValue() {
        assertEquals(List.of(), SignalWatch.candidates(FCR, new RaisePolicy(true, 2, true), months(70, 70, 70), month(3)));
    }

    @Test
    void aPointBeyondTheLimitsAtTheLatestPeriodIsAChartCandidate() {
        List<SignalCandidate> found = SignalWatch.candidates(FCR, new RaisePolicy(true, 0, true),
                months(80, 81, 79, 80, 82, 80, 79, 81, 80, 40), month(9));

        assertEquals(1, found.size());
        assertEquals(SignalCandidate.Kind.CHART, found.get(0).kind());
        assertTrue(found.get(0).rules().contains(SignalRule.BEYOND_LIMIT), found.get(0).rules().toString());
        // Making Data Count, the default profile, has no moving-range rule: the candidate is the point alone (Western
        // Electric's jump to it would span the period before).
        assertEquals(month(9), found.get(0).first());
    }

    @Test
    void aChartSignalThatEndedBeforeTheLatestPeriodIsNotNews() {
        assertEquals(List.of(), SignalWatch.candidates(FCR, new RaisePolicy(true, 0, true),
                months(80, 81, 79, 80, 82, 80, 79, 81, 40, 80, 81, 80), month(11)));
    }

    @Test
    void aDisabledPolicyOrOneWithoutRulesRaisesNothing() {
        List<KpiValue> bad = months(70, 70, 70, 70);
        assertEquals(List.of(), SignalWatch.candidates(FCR, new RaisePolicy(false, 2, true), bad, month(3)));
        assertEquals(List.of(), SignalWatch.candidates(FCR, new RaisePolicy(true, 0, false), bad, month(3)));
        assertEquals(Set.of(), new SignalCandidate(SignalCandidate.Kind.OFF_TARGET, month(0), month(3),
                bad.get(3), Set.of()).rules());
    }
}
