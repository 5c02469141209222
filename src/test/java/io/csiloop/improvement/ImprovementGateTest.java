package io.csiloop.improvement;

import io.csiloop.process.GateVerdict;
import io.csiloop.process.MissingEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static io.csiloop.improvement.ImprovementFixture.ALL_ACTIONS_RESOLVED;
import static io.csiloop.improvement.ImprovementFixture.complete;
import static io.csiloop.improvement.ImprovementFixture.review;
import static io.csiloop.improvement.ImprovementGate.COLLECT_DATA_EXIT;
import static io.csiloop.improvement.ImprovementGate.DEFINE_MEASUREMENT_EXIT;
import static io.csiloop.improvement.ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT;
import static io.csiloop.improvement.ImprovementGate.PRESENT_KNOWLEDGE_EXIT;
import static io.csiloop.improvement.ImprovementGate.PROCESS_DATA_EXIT;
import static io.csiloop.improvement.KpiFactsFake.FIRST_CONTACT;
import static io.csiloop.improvement.KpiFactsFake.REOPEN_RATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImprovementGateTest {

    private static List<String> missingKeys(ImprovementGate gate, ImprovementGateReview review) {
        return gate.evaluate(review).missing().stream().map(MissingEvidence::messageKey).toList();
    }

    private static MissingEvidence missing(String key, Object... params) {
        return new MissingEvidence(key, List.of(params));
    }

    @ParameterizedTest
    @EnumSource(ImprovementGate.class)
    void passesWithCompleteEvidence(ImprovementGate gate) {
        GateVerdict verdict = gate.evaluate(review(complete()));

        assertTrue(verdict.passed(), () -> gate + " refused: " + verdict.missing());
    }

    @Test
    void isFoundByTheIdTheWorkflowXmlNames() {
        assertEquals(Optional.of(COLLECT_DATA_EXIT), ImprovementGate.byId("improvement.collect-data-exit"));
        assertEquals(Optional.empty(), ImprovementGate.byId("lifecycle.closing-exit"));
    }

    /** Each gate facing an improvement with nothing recorded, defined or collected lists all it needs. */
    static Stream<Arguments> nothingRecorded() {
        return Stream.of(
                Arguments.of(ImprovementGate.IDENTIFY_APPROACH_EXIT, List.of(
                        "csiloop.evidence.approach.objective.missing",
                        "csiloop.evidence.approach.currentState.missing",
                        "csiloop.evidence.approach.reason.missing")),
                Arguments.of(DEFINE_MEASUREMENT_EXIT, List.of(
                        "csiloop.evidence.measurement.none",
                        "csiloop.evidence.gapAnalysis.ideal.missing",
                        "csiloop.evidence.gapAnalysis.measurable.missing")),
                Arguments.of(COLLECT_DATA_EXIT, List.of("csiloop.evidence.measurement.none")),
                Arguments.of(PROCESS_DATA_EXIT, List.of("csiloop.evidence.measurement.none")),
                Arguments.of(ImprovementGate.ANALYSE_DATA_EXIT, List.of(
                        "csiloop.evidence.findings.missing",
                        "csiloop.evidence.findings.gaps.unreviewed",
                        "csiloop.evidence.findings.signals.unreviewed")),
                Arguments.of(PRESENT_KNOWLEDGE_EXIT, List.of(
                        "csiloop.evidence.stakeholderPack.missing",
                        "csiloop.evidence.decision.missing",
                        "csiloop.evidence.decision.decidedBy.missing")),
                Arguments.of(IMPLEMENT_IMPROVEMENTS_EXIT, List.of(
                        "csiloop.evidence.actions.none", "csiloop.evidence.goLive.missing",
                        "csiloop.evidence.beforeAfter.missing")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nothingRecorded")
    void listsEverythingMissingWhenNothingIsRecorded(ImprovementGate gate, List<String> expectedKeys) {
        ImprovementGateReview review = new ImprovementGateReview(ImprovementEvidence.empty(), ImprovementCycle.first(),
                KpiFactsFake.nothing(), cycle -> false, ALL_ACTIONS_RESOLVED);

        assertEquals(expectedKeys, missingKeys(gate, review));
    }

    @Test
    void defineMeasurementExitNamesEachIncompleteDefinition() {
        KpiFacts kpi = new KpiFactsFake(List.of(
                new MeasurementFacts("mttr", "Mean time to restore", false, true, false), FIRST_CONTACT,
                new MeasurementFacts("csat", "Caller satisfaction", true, false, true)), Map.of(), Map.of(), Map.of());

        assertEquals(List.of(
                missing("csiloop.evidence.measurement.unit.missing", "Mean time to restore"),
                missing("csiloop.evidence.measurement.target.missing", "Mean time to restore"),
                missing("csiloop.evidence.measurement.direction.missing", "Caller satisfaction")),
                DEFINE_MEASUREMENT_EXIT.evaluate(review(complete(), kpi)).missing());
    }

    @Test
    void collectDataExitNamesEachMeasurementWithoutDataInTheCurrentCycle() {
        KpiFacts kpi = new KpiFactsFake(List.of(FIRST_CONTACT, REOPEN_RATE),
                Map.of(FIRST_CONTACT.key(), Set.of(1, 2), REOPEN_RATE.key(), Set.of(1)), Map.of(), Map.of());
        ImprovementGateReview secondCycle = new ImprovementGateReview(complete(), new ImprovementCycle(2), kpi,
                ImprovementFixture.EVERY_PACK_PRODUCED, ALL_ACTIONS_RESOLVED);

        assertEquals(List.of(missing("csiloop.evidence.data.missing", "Reopen rate", 2)),
                COLLECT_DATA_EXIT.evaluate(secondCycle).missing());
    }

    @Test
    void processDataExitNamesEachMeasurementWithoutSnapshot() {
        KpiFacts kpi = new KpiFactsFake(List.of(FIRST_CONTACT, REOPEN_RATE), Map.of(), Map.of(), Map.of());

        assertEquals(List.of(
                missing("csiloop.evidence.snapshot.missing", "First-contact resolution", 1),
                missing("csiloop.evidence.snapshot.missing", "Reopen rate", 1)),
                PROCESS_DATA_EXIT.evaluate(review(complete(), kpi)).missing());
    }

    @Test
    void presentKnowledgeExitWantsThePackOfTheCurrentCycle() {
        ImprovementGateReview review = new ImprovementGateReview(complete(), new ImprovementCycle(3),
                KpiFactsFake.complete(), cycle -> cycle.number() < 3, ALL_ACTIONS_RESOLVED);

        assertEquals(List.of(missing("csiloop.evidence.stakeholderPack.missing", 3)),
                PRESENT_KNOWLEDGE_EXIT.evaluate(review).missing());
    }

    @Test
    void implementImprovementsExitListsActionsStillOpenAndAnUnprovenKpi() {
        KpiFactsFake notImproved = new KpiFactsFake(List.of(FIRST_CONTACT), Map.of(), Map.of(),
                Map.of(1, BeforeAfterVerdict.NOT_IMPROVED));
        ImprovementGateReview review = new ImprovementGateReview(complete(), ImprovementCycle.first(), notImproved,
                ImprovementFixture.EVERY_PACK_PRODUCED, () -> List.of("CSI-12", "CSI-15"));

        assertEquals(List.of(
                missing("csiloop.evidence.action.unresolved", "CSI-12"),
                missing("csiloop.evidence.action.unresolved", "CSI-15"),
                missing("csiloop.evidence.beforeAfter.notImproved", 1)),
                IMPLEMENT_IMPROVEMENTS_EXIT.evaluate(review).missing());
    }

    @Test
    void implementImprovementsExitWaitsForAConclusiveComparison() {
        KpiFactsFake inconclusive = new KpiFactsFake(List.of(FIRST_CONTACT), Map.of(), Map.of(),
                Map.of(1, BeforeAfterVerdict.INCONCLUSIVE));

        assertEquals(List.of(missing("csiloop.evidence.beforeAfter.inconclusive", 1)),
                IMPLEMENT_IMPROVEMENTS_EXIT.evaluate(review(complete(), inconclusive)).missing());
    }
}
