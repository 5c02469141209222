package io.csiloop.view;

import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.kernel.MessageSource;
import io.csiloop.lifecycle.LifecyclePhase;

import java.util.ArrayList;
import java.util.List;

/** The trackers of the two process models: every status in order, marked done, current or to do. */
final class Trackers {

    private Trackers() {
    }

    /** The phases of a Lifecycle Project; everything before the current phase is done. */
    static List<TrackerStep> lifecycle(LifecyclePhase current, MessageSource messages) {
        List<TrackerStep> steps = new ArrayList<>();
        for (LifecyclePhase phase : LifecyclePhase.values()) {
            steps.add(new TrackerStep(messages.text(phase.nameKey(), List.of()), "", state(phase.ordinal(), current.ordinal())));
        }
        return steps;
    }

    /**
     * The seven steps and Improved. A rejected improvement shows its steps as not done; an improved one shows all
     * seven done.
     */
    static List<TrackerStep> improvement(ImprovementStatus current, MessageSource messages) {
        int at = current == ImprovementStatus.IMPROVED ? 8 : current.stepNumber().orElse(0);
        List<TrackerStep> steps = new ArrayList<>();
        for (ImprovementStatus status : ImprovementStatus.values()) {
            if (status.stepNumber().isPresent()) {
                int number = status.stepNumber().getAsInt();
                String stage = status.pdcaStage().map(s -> messages.text(s.nameKey(), List.of())).orElse("");
                steps.add(new TrackerStep(number + " " + messages.text(status.nameKey(), List.of()), stage, state(number, at)));
            }
        }
        steps.add(new TrackerStep(messages.text(ImprovementStatus.IMPROVED.nameKey(), List.of()), "", state(8, at)));
        return steps;
    }

    private static String state(int position, int current) {
        if (position < current) {
            return "done";
        }
        return position == current ? "current" : "todo";
    }
}
