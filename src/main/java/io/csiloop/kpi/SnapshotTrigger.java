package io.csiloop.kpi;

/** What made a KPI snapshot be taken. */
public enum SnapshotTrigger {
    /** The scheduled job, once per cluster. */
    SCHEDULE,
    /** A workflow transition's post-function (step 4, "Process data"). */
    TRANSITION,
    /** A person asked for it. */
    MANUAL
}
