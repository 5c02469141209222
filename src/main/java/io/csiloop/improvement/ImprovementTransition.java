package io.csiloop.improvement;

import io.csiloop.process.Resolution;
import io.csiloop.process.Route;
import io.csiloop.process.TransitionEffect;
import io.csiloop.process.WorkflowTransition;

import static io.csiloop.improvement.ImprovementGate.ANALYSE_DATA_EXIT;
import static io.csiloop.improvement.ImprovementGate.COLLECT_DATA_EXIT;
import static io.csiloop.improvement.ImprovementGate.DEFINE_MEASUREMENT_EXIT;
import static io.csiloop.improvement.ImprovementGate.IDENTIFY_APPROACH_EXIT;
import static io.csiloop.improvement.ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT;
import static io.csiloop.improvement.ImprovementGate.PRESENT_KNOWLEDGE_EXIT;
import static io.csiloop.improvement.ImprovementGate.PROCESS_DATA_EXIT;

/**
 * The transitions of an Improvement: forward through the seven steps, each behind the gate of the
 * step it leaves; "start next cycle" from step 7 or from Improved back to Collect data; reject at
 * step 1 or 2. Entering Process data takes the KPI snapshots of the cycle. The statuses are written
 * out in full because most transitions share their names with the status they lead to.
 */
public enum ImprovementTransition implements WorkflowTransition {
    DEFINE_MEASUREMENT(Route.leaving(ImprovementStatus.IDENTIFY_APPROACH)
            .to(ImprovementStatus.DEFINE_MEASUREMENT).behind(IDENTIFY_APPROACH_EXIT)),
    COLLECT_DATA(Route.leaving(ImprovementStatus.DEFINE_MEASUREMENT)
            .to(ImprovementStatus.COLLECT_DATA).behind(DEFINE_MEASUREMENT_EXIT)),
    PROCESS_DATA(Route.leaving(ImprovementStatus.COLLECT_DATA)
            .to(ImprovementStatus.PROCESS_DATA).behind(COLLECT_DATA_EXIT).then(TransitionEffect.TAKE_KPI_SNAPSHOTS)),
    ANALYSE_DATA(Route.leaving(ImprovementStatus.PROCESS_DATA)
            .to(ImprovementStatus.ANALYSE_DATA).behind(PROCESS_DATA_EXIT)),
    PRESENT_KNOWLEDGE(Route.leaving(ImprovementStatus.ANALYSE_DATA)
            .to(ImprovementStatus.PRESENT_KNOWLEDGE).behind(ANALYSE_DATA_EXIT)),
    IMPLEMENT_IMPROVEMENTS(Route.leaving(ImprovementStatus.PRESENT_KNOWLEDGE)
            .to(ImprovementStatus.IMPLEMENT_IMPROVEMENTS).behind(PRESENT_KNOWLEDGE_EXIT)),
    CONFIRM_IMPROVED(Route.leaving(ImprovementStatus.IMPLEMENT_IMPROVEMENTS)
            .to(ImprovementStatus.IMPROVED).behind(IMPLEMENT_IMPROVEMENTS_EXIT).resolving(Resolution.DONE)),
    START_NEXT_CYCLE(Route.leaving(ImprovementStatus.IMPLEMENT_IMPROVEMENTS, ImprovementStatus.IMPROVED)
            .to(ImprovementStatus.COLLECT_DATA).then(TransitionEffect.START_NEXT_CYCLE)),
    REJECT(Route.leaving(ImprovementStatus.IDENTIFY_APPROACH, ImprovementStatus.DEFINE_MEASUREMENT)
            .to(ImprovementStatus.REJECTED).resolving(Resolution.REJECTED));

    private final Route route;

    ImprovementTransition(Route route) {
        this.route = route;
    }

    @Override
    public String nameKey() {
        return "csiloop.improvement.transition." + key() + ".name";
    }

    @Override
    public Route route() {
        return route;
    }
}
