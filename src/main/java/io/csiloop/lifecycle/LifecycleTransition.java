package io.csiloop.lifecycle;

import io.csiloop.process.Resolution;
import io.csiloop.process.Route;
import io.csiloop.process.WorkflowTransition;

import static io.csiloop.lifecycle.LifecycleGate.CLOSING_EXIT;
import static io.csiloop.lifecycle.LifecycleGate.EXECUTING_EXIT;
import static io.csiloop.lifecycle.LifecycleGate.INITIATION_EXIT;
import static io.csiloop.lifecycle.LifecycleGate.MONITOR_AND_CONTROL_EXIT;
import static io.csiloop.lifecycle.LifecycleGate.PLANNING_EXIT;
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
    START_PLANNING(Route.leaving(INITIATION).to(PLANNING).behind(INITIATION_EXIT)),
    START_EXECUTING(Route.leaving(PLANNING).to(EXECUTING).behind(PLANNING_EXIT)),
    START_MONITORING(Route.leaving(EXECUTING).to(MONITOR_AND_CONTROL).behind(EXECUTING_EXIT)),
    RESUME_EXECUTING(Route.leaving(MONITOR_AND_CONTROL).to(EXECUTING)),
    START_CLOSING(Route.leaving(MONITOR_AND_CONTROL).to(CLOSING).behind(MONITOR_AND_CONTROL_EXIT)),
    CLOSE(Route.leaving(CLOSING).to(CLOSED).behind(CLOSING_EXIT).resolving(Resolution.DONE)),
    CANCEL(Route.leaving(LifecyclePhase.open()).to(CLOSED).resolving(Resolution.CANCELLED));

    private final Route route;

    LifecycleTransition(Route route) {
        this.route = route;
    }

    @Override
    public String nameKey() {
        return "csiloop.lifecycle.transition." + key() + ".name";
    }

    @Override
    public Route route() {
        return route;
    }
}
