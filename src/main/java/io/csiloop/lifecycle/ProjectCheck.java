package io.csiloop.lifecycle;

import io.csiloop.process.EvidenceCheck;

/** Every check the lifecycle gates make, each with the message that says what is missing. */
public enum ProjectCheck implements EvidenceCheck {
    CHARTER_PURPOSE("csiloop.evidence.charter.purpose.missing"),
    CHARTER_OBJECTIVE("csiloop.evidence.charter.objective.missing"),
    CHARTER_RISKS_REVIEWED("csiloop.evidence.charter.risks.unreviewed"),
    SCOPE("csiloop.evidence.scope.missing"),
    REQUIREMENT("csiloop.evidence.requirement.missing"),
    /** Parameter: the principle's name, as a {@link MessageKey}. */
    PRINCIPLE_ANSWERED("csiloop.evidence.principle.unanswered"),
    /** Parameter: the principle's name, as a {@link MessageKey}. */
    PRINCIPLE_REASON("csiloop.evidence.principle.reason.missing"),
    /** Parameter: the dimension's name, as a {@link MessageKey}. */
    DIMENSION_CONSIDERED("csiloop.evidence.dimension.unconsidered"),
    PROGRESS_REPORT("csiloop.evidence.progress.missing"),
    /** Parameter: the key of the unresolved issue. */
    LINKED_WORK_RESOLVED("csiloop.evidence.linkedWork.unresolved"),
    /** Parameter: the handover item's name, as a {@link MessageKey}. */
    HANDOVER_ITEM("csiloop.evidence.handover.open"),
    PROGRESS_TRANSITION("csiloop.evidence.progress.transition.missing"),
    PRACTICE_CHOSEN("csiloop.evidence.practice.none"),
    /** Parameter: the dimension's name, as a {@link MessageKey}. */
    PRACTICE_DIMENSION("csiloop.evidence.practice.dimension.missing"),
    DECISION_MISSING("csiloop.evidence.gateDecision.missing"),
    DECISION_CONDITIONS("csiloop.evidence.gateDecision.conditions.missing"),
    DECISION_STOP("csiloop.evidence.gateDecision.stop");

    private final String messageKey;

    ProjectCheck(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public String messageKey() {
        return messageKey;
    }
}
