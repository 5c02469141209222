package io.csiloop.improvement;

import io.csiloop.process.MissingEvidence;

import java.util.List;

/**
 * The answer of the before/after comparison to "did the KPIs move the right way in this cycle?", as
 * the KPI side gives it. Only {@link #IMPROVED} lets an improvement be confirmed: otherwise the next
 * cycle is the way forward.
 */
public enum BeforeAfterVerdict {
    IMPROVED,
    NOT_IMPROVED,
    /** Compared, but the data cannot tell yet. */
    INCONCLUSIVE;

    /** What this verdict leaves missing for confirming the improvement in the given cycle. */
    List<MissingEvidence> missing(ImprovementCycle cycle) {
        return switch (this) {
            case IMPROVED -> List.of();
            case NOT_IMPROVED -> List.of(ImprovementCheck.KPI_IMPROVED.failed(cycle.number()));
            case INCONCLUSIVE -> List.of(ImprovementCheck.BEFORE_AFTER_CONCLUSIVE.failed(cycle.number()));
        };
    }
}
