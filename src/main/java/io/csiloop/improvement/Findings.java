package io.csiloop.improvement;

import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Objects;

/**
 * Step 5's analysis of the current cycle. The KPI side computes gaps, trends and control-chart signals
 * with the snapshots; a person has to look at them and say what they mean.
 *
 * @param summary         what the data tells us; blank until written
 * @param gapsReviewed    whether the gaps against target and baseline have been looked at
 * @param signalsReviewed whether the trend and the control-chart signals have been looked at
 */
public record Findings(String summary, boolean gapsReviewed, boolean signalsReviewed) {

    public Findings {
        Objects.requireNonNull(summary, "summary");
    }

    public static Findings empty() {
        return new Findings("", false, false);
    }

    public List<MissingEvidence> missing() {
        return MissingEvidence.all(
                ImprovementCheck.FINDINGS_WRITTEN.unlessWritten(summary),
                ImprovementCheck.GAPS_REVIEWED.unless(gapsReviewed),
                ImprovementCheck.SIGNALS_REVIEWED.unless(signalsReviewed));
    }
}
