package io.csiloop.lifecycle;

import io.csiloop.kernel.MessageKey;
import io.csiloop.process.GateVerdict;
import io.csiloop.process.LinkedWork;
import io.csiloop.process.MissingEvidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static io.csiloop.lifecycle.LifecycleGate.CLOSING_EXIT;
import static io.csiloop.lifecycle.LifecycleGate.EXECUTING_EXIT;
import static io.csiloop.lifecycle.LifecycleGate.INITIATION_EXIT;
import static io.csiloop.lifecycle.LifecycleGate.MONITOR_AND_CONTROL_EXIT;
import static io.csiloop.lifecycle.LifecycleGate.PLANNING_EXIT;
import static io.csiloop.lifecycle.ProjectEvidenceFixture.ALL_LINKED_WORK_RESOLVED;
import static io.csiloop.lifecycle.ProjectEvidenceFixture.complete;
import static io.csiloop.lifecycle.ProjectEvidenceFixture.review;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LifecycleGateTest {

    private static final String DECISION = "csiloop.evidence.gateDecision.missing";

    private static List<String> missingKeys(LifecycleGate gate, ProjectGateReview review) {
        return gate.evaluate(review).missing().stream().map(MissingEvidence::messageKey).toList();
    }

    @ParameterizedTest
    @EnumSource(LifecycleGate.class)
    void passesWithCompleteEvidence(LifecycleGate gate) {
        GateVerdict verdict = gate.evaluate(review(complete()));

        assertTrue(verdict.passed(), () -> gate + " refused: " + verdict.missing());
        assertEquals(gate.id(), verdict.gateId());
    }

    @Test
    void isFoundByTheIdTheWorkflowXmlNames() {
        assertEquals(Optional.of(MONITOR_AND_CONTROL_EXIT), LifecycleGate.byId("lifecycle.monitor-and-control-exit"));
        assertEquals(Optional.empty(), LifecycleGate.byId("improvement.collect-data-exit"));
    }

    /** Each gate facing a project for which nothing is recorded lists everything it needs, in order. */
    static Stream<Arguments> nothingRecorded() {
        return Stream.of(
                Arguments.of(INITIATION_EXIT, List.of(
                        "csiloop.evidence.charter.purpose.missing",
                        "csiloop.evidence.charter.objective.missing",
                        "csiloop.evidence.charter.risks.unreviewed", DECISION)),
                Arguments.of(PLANNING_EXIT, Stream.of(
                        Stream.of("csiloop.evidence.scope.missing", "csiloop.evidence.requirement.missing"),
                        Stream.generate(() -> "csiloop.evidence.principle.unanswered").limit(7),
                        Stream.generate(() -> "csiloop.evidence.dimension.unconsidered").limit(4), Stream.of(DECISION))
                        .flatMap(s -> s).toList()),
                Arguments.of(EXECUTING_EXIT, Stream.of(Stream.of("csiloop.evidence.practice.none"),
                        Stream.generate(() -> "csiloop.evidence.practice.dimension.missing").limit(4), Stream.of(DECISION))
                        .flatMap(s -> s).toList()),
                Arguments.of(MONITOR_AND_CONTROL_EXIT, List.of("csiloop.evidence.progress.missing",
                        "csiloop.evidence.progress.transition.missing", DECISION)),
                Arguments.of(CLOSING_EXIT, List.of(
                        "csiloop.evidence.handover.open", "csiloop.evidence.handover.open",
                        "csiloop.evidence.handover.open", "csiloop.evidence.handover.open", DECISION)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nothingRecorded")
    void listsEverythingMissingWhenNothingIsRecorded(LifecycleGate gate, List<String> expectedKeys) {
        assertEquals(expectedKeys, missingKeys(gate, review(ProjectEvidence.empty())));
    }

    @Test
    void initiationExitDoesNotCountBlankObjectives() {
        Charter charter = new Charter("A purpose", List.of(" ", ""), true);
        ProjectEvidence evidence = new ProjectEvidence(charter, ProjectEvidenceFixture.completeScope(),
                GuidingPrinciplesChecklist.empty(), FourDimensionsCoverage.empty(), ProgressReport.empty(),
                HandoverChecklist.empty());

        assertEquals(List.of("csiloop.evidence.charter.objective.missing"),
                missingKeys(INITIATION_EXIT, review(ProjectEvidenceFixture.decidedGo(evidence))));
    }

    @Test
    void planningExitNamesEachPrincipleAndDimensionStillOpen() {
        Map<GuidingPrinciple, PrincipleAnswer> answers =
                new EnumMap<>(ProjectEvidenceFixture.allPrinciplesAnswered().answers());
        answers.remove(GuidingPrinciple.FOCUS_ON_VALUE);
        answers.put(GuidingPrinciple.KEEP_IT_SIMPLE_AND_PRACTICAL, new PrincipleAnswer.NotApplicable(" "));
        Map<FourDimension, String> notes = new EnumMap<>(ProjectEvidenceFixture.allDimensionsConsidered().considerations());
        notes.put(FourDimension.PARTNERS_AND_SUPPLIERS, "");
        ProjectEvidence evidence = new ProjectEvidence(ProjectEvidenceFixture.completeCharter(),
                new ScopeAndRequirements("", List.of("One queue")), new GuidingPrinciplesChecklist(answers),
                new FourDimensionsCoverage(notes), ProgressReport.empty(), HandoverChecklist.empty());

        assertEquals(List.of(
                new MissingEvidence("csiloop.evidence.scope.missing", List.of()),
                new MissingEvidence("csiloop.evidence.principle.unanswered",
                        List.of(new MessageKey("csiloop.evidence.principle.focus-on-value.name"))),
                new MissingEvidence("csiloop.evidence.principle.reason.missing",
                        List.of(new MessageKey("csiloop.evidence.principle.keep-it-simple-and-practical.name"))),
                new MissingEvidence("csiloop.evidence.dimension.unconsidered",
                        List.of(new MessageKey("csiloop.evidence.dimension.partners-and-suppliers.name")))),
                PLANNING_EXIT.evaluate(review(ProjectEvidenceFixture.decidedGo(evidence))).missing());
    }

    @Test
    void monitorAndControlExitListsEachUnresolvedLinkedIssue() {
        ProjectGateReview review = new ProjectGateReview(complete(), () -> List.of("OPS-7", "OPS-9"), true);

        assertEquals(List.of(
                new MissingEvidence("csiloop.evidence.linkedWork.unresolved", List.of("OPS-7")),
                new MissingEvidence("csiloop.evidence.linkedWork.unresolved", List.of("OPS-9"))),
                MONITOR_AND_CONTROL_EXIT.evaluate(review).missing());
    }

    @Test
    void monitorAndControlExitIgnoresLinkedWorkWhenTheCheckIsOff() {
        LinkedWork unreachable = () -> {
            throw new AssertionError("the host must not be asked when the check is off");
        };
        ProjectEvidence noReport = new ProjectEvidence(ProjectEvidenceFixture.completeCharter(),
                ProjectEvidenceFixture.completeScope(), GuidingPrinciplesChecklist.empty(), FourDimensionsCoverage.empty(),
                ProgressReport.empty(), HandoverChecklist.empty());

        assertEquals(List.of("csiloop.evidence.progress.missing", "csiloop.evidence.progress.transition.missing"),
                missingKeys(MONITOR_AND_CONTROL_EXIT,
                        new ProjectGateReview(ProjectEvidenceFixture.decidedGo(noReport), unreachable, false)));
    }

    @Test
    void closingExitNamesEachHandoverItemStillOpen() {
        ProjectEvidence evidence = new ProjectEvidence(Charter.empty(), ScopeAndRequirements.empty(),
                GuidingPrinciplesChecklist.empty(), FourDimensionsCoverage.empty(), ProgressReport.empty(),
                new HandoverChecklist(Set.of(HandoverItem.REQUEST_FULFILMENT, HandoverItem.SUPPORT_MODEL)));

        assertEquals(List.of(
                new MissingEvidence("csiloop.evidence.handover.open",
                        List.of(new MessageKey("csiloop.evidence.handover.incident-and-failure-handling.name"))),
                new MissingEvidence("csiloop.evidence.handover.open",
                        List.of(new MessageKey("csiloop.evidence.handover.routine-operations.name")))),
                CLOSING_EXIT.evaluate(new ProjectGateReview(ProjectEvidenceFixture.decidedGo(evidence),
                        ALL_LINKED_WORK_RESOLVED, true)).missing());
    }

    @Test
    void everyGateNeedsItsDecisionGoWithConditionsItsConditionsAndAStopRefuses() {
        ProjectEvidence evidence = complete();

        assertEquals(List.of(), missingKeys(EXECUTING_EXIT, review(evidence.decided(EXECUTING_EXIT,
                new GateDecision(GateDecision.Outcome.GO_WITH_CONDITIONS, "Train the second shift first")))));
        assertEquals(List.of("csiloop.evidence.gateDecision.conditions.missing"), missingKeys(EXECUTING_EXIT,
                review(evidence.decided(EXECUTING_EXIT, new GateDecision(GateDecision.Outcome.GO_WITH_CONDITIONS, " ")))));
        assertEquals(List.of("csiloop.evidence.gateDecision.stop"), missingKeys(CLOSING_EXIT,
                review(evidence.decided(CLOSING_EXIT, new GateDecision(GateDecision.Outcome.STOP, "")))));
    }

    @Test
    void executingExitNamesEachDimensionThePracticesAreNotDescribedFor() {
        Map<FourDimension, String> notes = new EnumMap<>(ProjectEvidenceFixture.practicesDescribed().acrossDimensions());
        notes.put(FourDimension.PARTNERS_AND_SUPPLIERS, " ");
        ProjectEvidence evidence = new ProjectEvidence(Charter.empty(), ScopeAndRequirements.empty(),
                GuidingPrinciplesChecklist.empty(), FourDimensionsCoverage.empty(), ProgressReport.empty(),
                HandoverChecklist.empty(), new PracticesUsed(Set.of(ManagementPractice.RELEASE_MANAGEMENT), notes),
                Map.of(EXECUTING_EXIT, new GateDecision(GateDecision.Outcome.GO, "")));

        assertEquals(List.of(new MissingEvidence("csiloop.evidence.practice.dimension.missing",
                        List.of(new MessageKey("csiloop.evidence.dimension.partners-and-suppliers.name")))),
                EXECUTING_EXIT.evaluate(review(evidence)).missing());
    }
}
