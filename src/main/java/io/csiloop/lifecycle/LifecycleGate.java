package io.csiloop.lifecycle;

import io.csiloop.process.Gate;
import io.csiloop.process.KeyedByName;
import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static io.csiloop.process.MissingEvidence.all;

/**
 * The gates of a Lifecycle Project, one per phase that cannot be left freely, each with its policy.
 * Every gate also needs its approver's decision (go, or go with conditions; a stop refuses the way forward).
 * A gate's id is {@code lifecycle.} followed by its key, such as {@code lifecycle.initiation-exit}.
 */
public enum LifecycleGate implements Gate<ProjectGateReview>, KeyedByName {
    /** Charter complete: purpose, at least one objective, risks reviewed. */
    INITIATION_EXIT(review -> review.evidence().charter().missing()),
    /** Scope and requirements recorded, every guiding principle answered, every dimension considered. */
    PLANNING_EXIT(review -> all(
            review.evidence().scope().missing(),
            review.evidence().principles().missing(),
            review.evidence().dimensions().missing())),
    /** The practices that co-create the value while Executing, described across the Four Dimensions. */
    EXECUTING_EXIT(review -> review.evidence().practices().missing()),
    /** A progress report, and the linked work resolved (when that check is on). */
    MONITOR_AND_CONTROL_EXIT(review -> all(
            review.evidence().progress().missing(),
            review.unresolvedLinkedWork())),
    /** The handover checklist complete. */
    CLOSING_EXIT(review -> review.evidence().handover().missing());

    private final Function<ProjectGateReview, List<MissingEvidence>> policy;

    LifecycleGate(Function<ProjectGateReview, List<MissingEvidence>> policy) {
        this.policy = policy;
    }

    /** The gate a workflow validator names by id; empty for an id that is not a lifecycle gate. */
    public static Optional<LifecycleGate> byId(String id) {
        return Gate.withId(id, values());
    }

    @Override
    public String id() {
        return "lifecycle." + key();
    }

    /** The gate's own evidence, then its decision: both must be in place. */
    @Override
    public List<MissingEvidence> missingFrom(ProjectGateReview review) {
        return all(policy.apply(review), review.evidence().undecided(this));
    }
}
