package io.csiloop.improvement;

import io.csiloop.process.LinkedWork;
import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Objects;

/**
 * What an improvement gate looks at: the recorded evidence, the current cycle, and what the KPI side
 * and the host know about it.
 *
 * @param evidence           the improvement's recorded evidence
 * @param cycle              the cycle the improvement is in
 * @param kpi                measurements, data, snapshots and the before/after verdict
 * @param stakeholderPacks   which cycles have a stakeholder pack
 * @param improvementActions the action issues linked to the improvement
 */
public record ImprovementGateReview(ImprovementEvidence evidence, ImprovementCycle cycle, KpiFacts kpi,
                                    StakeholderPacks stakeholderPacks, LinkedWork improvementActions) {

    public ImprovementGateReview {
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(stakeholderPacks, "stakeholderPacks");
        Objects.requireNonNull(improvementActions, "improvementActions");
    }

    List<MissingEvidence> stakeholderPack() {
        return ImprovementCheck.STAKEHOLDER_PACK.unless(stakeholderPacks.producedFor(cycle), cycle.number());
    }

    List<MissingEvidence> unresolvedActions() {
        return improvementActions.unresolvedIssueKeys().stream().map(ImprovementCheck.ACTION_RESOLVED::failed).toList();
    }
}
