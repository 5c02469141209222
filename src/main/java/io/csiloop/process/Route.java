package io.csiloop.process;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a transition may start, where it leads, the gate in its way, the resolution it records and
 * what it asks the host to do afterwards. Built the way the product tables read, for example
 * {@code Route.leaving(CLOSING).to(CLOSED).behind(CLOSING_EXIT).resolving(Resolution.DONE)}.
 *
 * @param from       the statuses the transition may start from; never empty
 * @param to         the status it leads to
 * @param gate       the gate that must pass first; empty when the transition moves freely
 * @param resolution the resolution recorded on the way into a done status
 * @param effects    what the host does after the transition; usually none
 */
public record Route(Set<WorkflowStatus> from, WorkflowStatus to, Optional<Gate<?>> gate,
                    Optional<Resolution> resolution, Set<TransitionEffect> effects) {

    public Route {
        from = Set.copyOf(from);
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(resolution, "resolution");
        effects = Set.copyOf(effects);
        if (from.isEmpty()) {
            throw new IllegalArgumentException("a route starts somewhere");
        }
    }

    /** The start of a route leaving any of the given statuses. */
    public static Origin leaving(WorkflowStatus... statuses) {
        return new Origin(Set.of(statuses));
    }

    /** The start of a route leaving any of the given statuses. */
    public static Origin leaving(Set<? extends WorkflowStatus> statuses) {
        return new Origin(Set.copyOf(statuses));
    }

    /** This route with a gate in its way. */
    public Route behind(Gate<?> newGate) {
        return new Route(from, to, Optional.of(newGate), resolution, effects);
    }

    /** This route, recording the resolution. */
    public Route resolving(Resolution newResolution) {
        return new Route(from, to, gate, Optional.of(newResolution), effects);
    }

    /** This route, asking the host for one more effect afterwards. */
    public Route then(TransitionEffect effect) {
        Set<TransitionEffect> more = EnumSet.of(effect);
        more.addAll(effects);
        return new Route(from, to, gate, resolution, more);
    }

    /**
     * Where a route starts, waiting for where it leads.
     *
     * @param from the statuses the route may start from
     */
    public record Origin(Set<WorkflowStatus> from) {

        /** A free route, recording nothing, from this origin to the status. */
        public Route to(WorkflowStatus status) {
            return new Route(from, status, Optional.empty(), Optional.empty(), Set.of());
        }
    }
}
