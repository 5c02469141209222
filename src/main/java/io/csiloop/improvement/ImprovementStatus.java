package io.csiloop.improvement;

import io.csiloop.process.StatusCategory;
import io.csiloop.process.WorkflowStatus;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The statuses of an Improvement, each a status of the workflow "CSI Loop: Seven-Step Improvement":
 * the seven steps, each in its PDCA stage, then Improved when the KPIs moved, or Rejected when the
 * idea was turned down at step 1 or 2.
 */
public enum ImprovementStatus implements WorkflowStatus {
    IDENTIFY_APPROACH(1, PdcaStage.PLAN, StatusCategory.TO_DO),
    DEFINE_MEASUREMENT(2, PdcaStage.PLAN, StatusCategory.IN_PROGRESS),
    COLLECT_DATA(3, PdcaStage.DO, StatusCategory.IN_PROGRESS),
    PROCESS_DATA(4, PdcaStage.DO, StatusCategory.IN_PROGRESS),
    ANALYSE_DATA(5, PdcaStage.CHECK, StatusCategory.IN_PROGRESS),
    PRESENT_KNOWLEDGE(6, PdcaStage.CHECK, StatusCategory.IN_PROGRESS),
    IMPLEMENT_IMPROVEMENTS(7, PdcaStage.ACT, StatusCategory.IN_PROGRESS),
    IMPROVED(0, null, StatusCategory.DONE),
    REJECTED(0, null, StatusCategory.DONE);

    private final int step;
    private final PdcaStage stage;
    private final StatusCategory category;

    /** Step 0 and a null stage mark the two ends, which are not steps of the seven. */
    ImprovementStatus(int step, PdcaStage stage, StatusCategory category) {
        this.step = step;
        this.stage = stage;
        this.category = category;
    }

    /** The number of the step, 1 to 7; empty for Improved and Rejected. */
    public OptionalInt stepNumber() {
        return step == 0 ? OptionalInt.empty() : OptionalInt.of(step);
    }

    /** The PDCA stage of the step; empty for Improved and Rejected. */
    public Optional<PdcaStage> pdcaStage() {
        return Optional.ofNullable(stage);
    }

    @Override
    public StatusCategory category() {
        return category;
    }

    @Override
    public String messagePrefix() {
        return "csiloop.improvement.status." + key();
    }
}
