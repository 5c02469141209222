package io.csiloop.application.automation;

/**
 * When a definition's KPI raises an Improvement issue by itself (opt-in; the global or project switch must be on
 * as well).
 *
 * @param enabled whether this definition raises at all
 * @param offTargetPeriods raise when the KPI has been off target for this many consecutive closed periods; 0 for
 *     never
 * @param chartSignals raise when the control chart signals at the latest closed period
 */
public record RaisePolicy(boolean enabled, int offTargetPeriods, boolean chartSignals) {

    /** The most consecutive periods a rule may ask for. */
    public static final int OFF_TARGET_MAX = 24;

    /** Raising nothing. */
    public static final RaisePolicy NEVER = new RaisePolicy(false, 0, false);

    public RaisePolicy {
        if (offTargetPeriods < 0 || offTargetPeriods > OFF_TARGET_MAX) {
            throw new IllegalArgumentException("off-target periods must be 0 to " + OFF_TARGET_MAX + ": " + offTargetPeriods);
        }
    }

    /** Whether any rule can raise. */
    public boolean active() {
        return enabled && (offTargetPeriods > 0 || chartSignals);
    }
}
