package io.csiloop.improvement;

import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Objects;

/**
 * Step 1's answer to "what is the vision, where are we now, and why improve?".
 *
 * @param objectiveServed the vision or business objective the improvement serves; blank until written
 * @param whereWeAreNow   the current state, as the team sees it today; blank until written
 * @param whyImprove      the reason it is worth improving; blank until written
 */
public record ImprovementApproach(String objectiveServed, String whereWeAreNow, String whyImprove) {

    public ImprovementApproach {
        Objects.requireNonNull(objectiveServed, "objectiveServed");
        Objects.requireNonNull(whereWeAreNow, "whereWeAreNow");
        Objects.requireNonNull(whyImprove, "whyImprove");
    }

    public static ImprovementApproach empty() {
        return new ImprovementApproach("", "", "");
    }

    public List<MissingEvidence> missing() {
        return MissingEvidence.all(
                ImprovementCheck.APPROACH_OBJECTIVE.unlessWritten(objectiveServed),
                ImprovementCheck.APPROACH_CURRENT_STATE.unlessWritten(whereWeAreNow),
                ImprovementCheck.APPROACH_REASON.unlessWritten(whyImprove));
    }
}
