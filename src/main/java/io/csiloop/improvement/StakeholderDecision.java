package io.csiloop.improvement;

import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Objects;

/**
 * What the stakeholders decided at step 6, after seeing the knowledge presented to them.
 *
 * @param decision  the decision, for example which improvements to implement; blank until recorded
 * @param decidedBy who took it; blank until recorded
 */
public record StakeholderDecision(String decision, String decidedBy) {

    public StakeholderDecision {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedBy, "decidedBy");
    }

    public static StakeholderDecision empty() {
        return new StakeholderDecision("", "");
    }

    public List<MissingEvidence> missing() {
        return MissingEvidence.all(
                ImprovementCheck.DECISION_RECORDED.unlessWritten(decision),
                ImprovementCheck.DECIDED_BY.unlessWritten(decidedBy));
    }
}
