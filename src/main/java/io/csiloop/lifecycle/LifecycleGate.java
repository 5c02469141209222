package io.csiloop.lifecycle;

import java.util.List;
import java.util.function.Function;

import static io.csiloop.lifecycle.MissingEvidence.all;

/**
 * The gates of a Lifecycle Project, one per phase that cannot be left freely, each with its policy.
 * Executing has no gate: work moves to Monitor &amp; Control whenever the team wants to look at it.
 */
public enum LifecycleGate implements Gate<ProjectGateReview> {
    /** Charter complete: purpose, at least one objective, risks reviewed. */
    INITIATION_EXIT("lifecycle.initiation.exit", review -> review.evidence().charter().missing()),
    /** Scope and requirements recorded, every guiding principle answered, every dimension considered. */
    PLANNING_EXIT("lifecycle.planning.exit", review -> all(
            review.evidence().scope().missing(),
            review.evidence().principles().missing(),
            review.evidence().dimensions().missing())),
    /** A progress report, and the linked work resolved (when that check is on). */
    MONITOR_AND_CONTROL_EXIT("lifecycle.monitor-and-control.exit", review -> all(
            review.evidence().progress().missing(),
            review.unresolvedLinkedWork())),
    /** The handover checklist complete. */
    CLOSING_EXIT("lifecycle.closing.exit", review -> review.evidence().handover().missing());

    private final String id;
    private final Function<ProjectGateReview, List<MissingEvidence>> policy;

    LifecycleGate(String id, Function<ProjectGateReview, List<MissingEvidence>> policy) {
        this.id = id;
        this.policy = policy;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public List<MissingEvidence> missingFrom(ProjectGateReview review) {
        return policy.apply(review);
    }
}
