package io.csiloop.improvement;

import io.csiloop.process.TransitionEffect;
import io.csiloop.process.WorkflowTransition;

/**
 * The number of the current pass through steps 3 to 7. Continual improvement never ends: each "start
 * next cycle" collects, processes and analyses the data again against the same measurements.
 *
 * @param number 1 for the first cycle, counting up
 */
public record ImprovementCycle(int number) {

    public ImprovementCycle {
        if (number < 1) {
            throw new IllegalArgumentException("cycles count from 1, not " + number);
        }
    }

    public static ImprovementCycle first() {
        return new ImprovementCycle(1);
    }

    public ImprovementCycle next() {
        return new ImprovementCycle(number + 1);
    }

    /** The cycle an improvement is in after the transition: the next one if it starts a cycle, else this. */
    public ImprovementCycle after(WorkflowTransition transition) {
        return transition.route().effects().contains(TransitionEffect.START_NEXT_CYCLE) ? next() : this;
    }
}
