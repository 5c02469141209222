package io.csiloop.improvement;

import io.csiloop.process.EvidenceCheck;

/** Every check the improvement gates make, each with the message that says what is missing. */
public enum ImprovementCheck implements EvidenceCheck {
    APPROACH_OBJECTIVE("csiloop.evidence.approach.objective.missing"),
    APPROACH_CURRENT_STATE("csiloop.evidence.approach.currentState.missing"),
    APPROACH_REASON("csiloop.evidence.approach.reason.missing"),
    MEASUREMENT_DEFINED("csiloop.evidence.measurement.none"),
    /** Parameter: the measurement's name. */
    MEASUREMENT_UNIT("csiloop.evidence.measurement.unit.missing"),
    /** Parameter: the measurement's name. */
    MEASUREMENT_DIRECTION("csiloop.evidence.measurement.direction.missing"),
    /** Parameter: the measurement's name. */
    MEASUREMENT_TARGET("csiloop.evidence.measurement.target.missing"),
    GAP_IDEAL_MEASURE("csiloop.evidence.gapAnalysis.ideal.missing"),
    GAP_MEASURABLE_TODAY("csiloop.evidence.gapAnalysis.measurable.missing"),
    /** Parameters: the measurement's name, the cycle number. */
    DATA_COLLECTED("csiloop.evidence.data.missing"),
    /** Parameters: the measurement's name, the cycle number. */
    SNAPSHOT_TAKEN("csiloop.evidence.snapshot.missing"),
    FINDINGS_WRITTEN("csiloop.evidence.findings.missing"),
    GAPS_REVIEWED("csiloop.evidence.findings.gaps.unreviewed"),
    SIGNALS_REVIEWED("csiloop.evidence.findings.signals.unreviewed"),
    /** Parameter: the cycle number. */
    STAKEHOLDER_PACK("csiloop.evidence.stakeholderPack.missing"),
    DECISION_RECORDED("csiloop.evidence.decision.missing"),
    DECIDED_BY("csiloop.evidence.decision.decidedBy.missing"),
    ACTION_RECORDED("csiloop.evidence.actions.none"),
    GO_LIVE_RECORDED("csiloop.evidence.goLive.missing"),
    /** Parameter: the key of the unresolved action issue. */
    ACTION_RESOLVED("csiloop.evidence.action.unresolved"),
    /** Parameter: the cycle number. */
    BEFORE_AFTER_MADE("csiloop.evidence.beforeAfter.missing"),
    /** Parameter: the cycle number. */
    BEFORE_AFTER_CONCLUSIVE("csiloop.evidence.beforeAfter.inconclusive"),
    /** Parameter: the cycle number. */
    KPI_IMPROVED("csiloop.evidence.beforeAfter.notImproved");

    private final String messageKey;

    ImprovementCheck(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
