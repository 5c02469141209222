package io.csiloop.improvement;

import java.util.Objects;

/**
 * Everything the team has recorded for an Improvement's gates. The findings, the decision and the
 * actions belong to the current cycle: a new cycle starts them afresh. Nothing recorded yet is an
 * empty part, never null.
 *
 * @param approach    step 1's approach
 * @param gapAnalysis step 2's gap analysis
 * @param findings    step 5's findings for the current cycle
 * @param decision    step 6's stakeholder decision for the current cycle
 * @param actions     step 7's improvement actions for the current cycle
 */
public record ImprovementEvidence(ImprovementApproach approach, GapAnalysis gapAnalysis, Findings findings,
                                  StakeholderDecision decision, ImplementationActions actions) {

    public ImprovementEvidence {
        Objects.requireNonNull(approach, "approach");
        Objects.requireNonNull(gapAnalysis, "gapAnalysis");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(actions, "actions");
    }

    /** An improvement for which nothing has been recorded yet. */
    public static ImprovementEvidence empty() {
        return new ImprovementEvidence(ImprovementApproach.empty(), GapAnalysis.empty(), Findings.empty(),
                StakeholderDecision.empty(), ImplementationActions.empty());
    }
}
