package io.csiloop.view;

import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.lifecycle.LifecyclePhase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The trackers mark what lies behind, where the issue is, and what lies ahead. */
class TrackersTest {

    @Test
    void shouldMarkTheStepsOfAnImprovementAtCollectData() {
        List<TrackerStep> steps = Trackers.improvement(ImprovementStatus.COLLECT_DATA, Texts.ENGLISH);

        assertEquals(List.of("done", "done", "current", "todo", "todo", "todo", "todo", "todo"),
                steps.stream().map(TrackerStep::state).toList());
        assertEquals(new TrackerStep("3 Collect data", "Do", "current"), steps.get(2));
        assertEquals(new TrackerStep("Improved", "", "todo"), steps.get(7));
    }

    @Test
    void shouldShowAnImprovedImprovementWithEveryStepDone() {
        assertEquals(List.of("done", "done", "done", "done", "done", "done", "done", "current"),
                Trackers.improvement(ImprovementStatus.IMPROVED, Texts.ENGLISH).stream().map(TrackerStep::state).toList());
    }

    @Test
    void shouldMarkThePhasesOfAProjectInMonitorAndControl() {
        List<TrackerStep> phases = Trackers.lifecycle(LifecyclePhase.MONITOR_AND_CONTROL, Texts.ENGLISH);

        assertEquals(List.of("Initiation", "Planning", "Executing", "Monitor & Control", "Closing", "Closed"),
                phases.stream().map(TrackerStep::label).toList());
        assertEquals(List.of("done", "done", "done", "current", "todo", "todo"), phases.stream().map(TrackerStep::state).toList());
    }
}
