package io.csiloop.lifecycle;

/** The seven ITIL guiding principles, used as the planning checklist of a Lifecycle Project. */
public enum GuidingPrinciple implements ChecklistItem {
    FOCUS_ON_VALUE,
    START_WHERE_YOU_ARE,
    PROGRESS_ITERATIVELY_WITH_FEEDBACK,
    COLLABORATE_AND_PROMOTE_VISIBILITY,
    THINK_AND_WORK_HOLISTICALLY,
    KEEP_IT_SIMPLE_AND_PRACTICAL,
    OPTIMIZE_AND_AUTOMATE;

    @Override
    public String messageFamily() {
        return "csiloop.evidence.principle";
    }
}
