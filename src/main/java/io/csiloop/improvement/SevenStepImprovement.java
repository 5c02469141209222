package io.csiloop.improvement;

import io.csiloop.process.WorkflowModel;

import java.util.List;

/** The process model of an Improvement, as the workflow "CSI Loop: Seven-Step Improvement" carries it. */
public final class SevenStepImprovement {

    /** Every status and transition; a new improvement starts at step 1, Identify the approach. */
    public static final WorkflowModel WORKFLOW = new WorkflowModel(
            "seven-step-improvement", "csiloop.improvement.workflow.name", ImprovementStatus.IDENTIFY_APPROACH,
            List.of(ImprovementStatus.values()), List.of(ImprovementTransition.values()));

    private SevenStepImprovement() {
    }
}
