package io.csiloop.port;

/** Enabling CSI Loop was refused and nothing was changed; the plan says why. */
public final class ProjectSetupRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** A change would affect other projects, and the administrator has not confirmed it. */
        SHARED_SCHEMES_NOT_CONFIRMED,
        /** The plan has blockers. */
        BLOCKED
    }

    private final transient SetupPlan plan;
    private final Reason reason;

    public ProjectSetupRefused(Reason reason, SetupPlan plan) {
        super(reason == Reason.BLOCKED ? "enabling CSI Loop needs changes only Jira's scheme editors can make"
                : "enabling CSI Loop changes schemes other projects share; confirm to go ahead");
        this.reason = reason;
        this.plan = plan;
    }

    public Reason reason() {
        return reason;
    }

    public SetupPlan plan() {
        return plan;
    }
}
