package io.csiloop.process;

/**
 * Work the host carries out after a transition, beyond moving the status. Recording the gate
 * decision is not listed: every gated transition records it, so it follows from the gate.
 */
public enum TransitionEffect {
    /** Compute the KPI snapshots of the current improvement cycle. */
    TAKE_KPI_SNAPSHOTS,
    /** Increment the improvement cycle number, keeping the measurements. */
    START_NEXT_CYCLE
}
