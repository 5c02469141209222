package io.csiloop.improvement;

import io.csiloop.process.LinkedWork;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Improvements with their evidence recorded in full or left empty, and the reviews gates see. */
final class ImprovementFixture {

    static final LinkedWork ALL_ACTIONS_RESOLVED = List::of;
    static final StakeholderPacks EVERY_PACK_PRODUCED = cycle -> true;

    private ImprovementFixture() {
    }

    static ImprovementEvidence complete() {
        return new ImprovementEvidence(
                new ImprovementApproach("Faster service restoration", "Half the incidents need a second call",
                        "Callers lose a morning on average"),
                new GapAnalysis("Time callers lose", "Time to resolution of incidents"),
                new Findings("Reopens come from one queue", true, true),
                new StakeholderDecision("Retrain the queue, add a knowledge article", "Service owner"),
                new ImplementationActions(List.of("Retrain the second-level queue"),
                        Optional.of(LocalDate.parse("2026-03-02"))));
    }

    /** A review in the first cycle where everything is recorded and known. */
    static ImprovementGateReview review(ImprovementEvidence evidence) {
        return review(evidence, KpiFactsFake.complete());
    }

    static ImprovementGateReview review(ImprovementEvidence evidence, KpiFacts kpi) {
        return new ImprovementGateReview(evidence, ImprovementCycle.first(), kpi, EVERY_PACK_PRODUCED,
                ALL_ACTIONS_RESOLVED);
    }
}
