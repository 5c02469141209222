package io.csiloop.lifecycle;

import io.csiloop.process.LinkedWork;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Evidence of a Lifecycle Project, recorded in full or with named parts left out. */
final class ProjectEvidenceFixture {

    static final LinkedWork ALL_LINKED_WORK_RESOLVED = List::of;

    private ProjectEvidenceFixture() {
    }

    static Charter completeCharter() {
        return new Charter("Move the service desk to one tool", List.of("One queue for all requests"), true);
    }

    static ScopeAndRequirements completeScope() {
        return new ScopeAndRequirements("Service desk tooling only", List.of("Requests reach one queue"));
    }

    static GuidingPrinciplesChecklist allPrinciplesAnswered() {
        Map<GuidingPrinciple, PrincipleAnswer> answers = new EnumMap<>(GuidingPrinciple.class);
        for (GuidingPrinciple principle : GuidingPrinciple.values()) {
            answers.put(principle, new PrincipleAnswer.Applied(""));
        }
        answers.put(GuidingPrinciple.OPTIMIZE_AND_AUTOMATE, new PrincipleAnswer.NotApplicable("Nothing repeats yet"));
        return new GuidingPrinciplesChecklist(answers);
    }

    static FourDimensionsCoverage allDimensionsConsidered() {
        Map<FourDimension, String> notes = new EnumMap<>(FourDimension.class);
        for (FourDimension dimension : FourDimension.values()) {
            notes.put(dimension, "Discussed with the service owner");
        }
        return new FourDimensionsCoverage(notes);
    }

    static PracticesUsed practicesDescribed() {
        Map<FourDimension, String> notes = new EnumMap<>(FourDimension.class);
        for (FourDimension dimension : FourDimension.values()) {
            notes.put(dimension, "The service desk and change enablement work together here");
        }
        return new PracticesUsed(Set.of(ManagementPractice.SERVICE_DESK, ManagementPractice.CHANGE_ENABLEMENT), notes);
    }

    static ProjectEvidence complete() {
        return decidedGo(new ProjectEvidence(completeCharter(), completeScope(), allPrinciplesAnswered(),
                allDimensionsConsidered(), new ProgressReport("On plan, one change approved", "",
                        "Operations trained, cut-over on a Saturday"),
                new HandoverChecklist(EnumSet.allOf(HandoverItem.class)), practicesDescribed(), Map.of()));
    }

    /** The evidence with the decision "go" at every gate, so that a test looks at the rest of the evidence. */
    static ProjectEvidence decidedGo(ProjectEvidence evidence) {
        ProjectEvidence decided = evidence;
        for (LifecycleGate gate : LifecycleGate.values()) {
            decided = decided.decided(gate, new GateDecision(GateDecision.Outcome.GO, ""));
        }
        return decided;
    }

    static ProjectGateReview review(ProjectEvidence evidence) {
        return new ProjectGateReview(evidence, ALL_LINKED_WORK_RESOLVED, true);
    }
}
