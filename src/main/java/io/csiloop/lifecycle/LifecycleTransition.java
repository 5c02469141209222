package io.csiloop.lifecycle;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static io.csiloop.lifecycle.LifecyclePhase.CLOSED;
import static io.csiloop.lifecycle.LifecyclePhase.CLOSING;
import static io.csiloop.lifecycle.LifecyclePhase.EXECUTING;
import static io.csiloop.lifecycle.LifecyclePhase.INITIATION;
import static io.csiloop.lifecycle.LifecyclePhase.MONITOR_AND_CONTROL;
import static io.csiloop.lifecycle.LifecyclePhase.PLANNING;

/**
 * The transitions of a Lifecycle Project. Executing and Monitor &amp; Control loop as often as the
 * project needs; a project can be cancelled from any open phase.
 */
public enum LifecycleTransition implements WorkflowTransition {
    START_PLANNING(EnumSet.of(INITIATION), PLANNING, LifecycleGate.INITIATION_EXIT, null),
    START_EXECUTING(EnumSet.of(PLANNING), EXECUTING, LifecycleGate.PLANNING_EXIT, null),
    START_MONITORING(EnumSet.of(EXECUTING), MONITOR_AND_CONTROL, null, null),
    RESUME_EXECUTING(EnumSet.of(MONITOR_AND_CONTROL), EXECUTING, null, null),
    START_CLOSING(EnumSet.of(MONITOR_AND_CONTROL), CLOSING, LifecycleGate.MONITOR_AND_CONTROL_EXIT, null),
    CLOSE(EnumSet.of(CLOSING), CLOSED, LifecycleGate.CLOSING_EXIT, Resolution.DONE),
    CANCEL(LifecyclePhase.open(), CLOSED, null, Resolution.CANCELLED);

    private final Set<LifecyclePhase> from;
    private final LifecyclePhase to;
    private final LifecycleGate gate;
    private final Resolution resolution;

    /** A null gate means the transition moves freely; a null resolution, that it leads to an open phase. */
    LifecycleTransition(Set<LifecyclePhase> from, LifecyclePhase to, LifecycleGate gate,
                        Resolution resolution) {
        this.from = Set.copyOf(from);
        this.to = to;
        this.gate = gate;
        this.resolution = resolution;
    }

    @Override
    public String nameKey() {
        return "csiloop.lifecycle.transition." + key() + ".name";
    }

    @Override
    public Set<LifecyclePhase> from() {
        return from;
    }

    @Override
    public LifecyclePhase to() {
        return to;
    }

    @Override
    public Optional<LifecycleGate> gate() {
        return Optional.ofNullable(gate);
    }

    @Override
    public Optional<Resolution> resolution() {
        return Optional.ofNullable(resolution);
    }

    @Override
    public Set<TransitionEffect> effects() {
        return Set.of();
    }
}
