package io.csiloop.lifecycle;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.csiloop.lifecycle.LifecyclePhase.CLOSED;
import static io.csiloop.lifecycle.LifecyclePhase.CLOSING;
import static io.csiloop.lifecycle.LifecyclePhase.INITIATION;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkflowModelTest {

    private record Move(Set<LifecyclePhase> from, LifecyclePhase to, Optional<Resolution> resolution)
            implements WorkflowTransition {

        @Override
        public String name() {
            return "MOVE";
        }

        @Override
        public String nameKey() {
            return "move.name";
        }

        @Override
        public Optional<LifecycleGate> gate() {
            return Optional.empty();
        }

        @Override
        public Set<TransitionEffect> effects() {
            return Set.of();
        }
    }

    private static WorkflowModel modelOf(List<LifecyclePhase> statuses, Move move) {
        return new WorkflowModel("test", "test.name", INITIATION, statuses, List.of(move));
    }

    @Test
    void acceptsAResolutionOnTheWayIntoADoneStatus() {
        Move close = new Move(Set.of(CLOSING), CLOSED, Optional.of(Resolution.DONE));

        assertDoesNotThrow(() -> modelOf(List.of(INITIATION, CLOSING, CLOSED), close));
    }

    @Test
    void refusesADoneStatusEnteredWithoutResolution() {
        Move close = new Move(Set.of(CLOSING), CLOSED, Optional.empty());

        assertThrows(IllegalArgumentException.class, () -> modelOf(List.of(INITIATION, CLOSING, CLOSED), close));
    }

    @Test
    void refusesAResolutionOnAnOpenStatus() {
        Move reopen = new Move(Set.of(CLOSED), CLOSING, Optional.of(Resolution.DONE));

        assertThrows(IllegalArgumentException.class, () -> modelOf(List.of(INITIATION, CLOSING, CLOSED), reopen));
    }

    @Test
    void refusesATransitionFromAStatusOutsideTheModel() {
        Move close = new Move(Set.of(CLOSING), CLOSED, Optional.of(Resolution.DONE));

        assertThrows(IllegalArgumentException.class, () -> modelOf(List.of(INITIATION, CLOSED), close));
    }

    @Test
    void refusesAnInitialStatusOutsideTheModel() {
        assertThrows(IllegalArgumentException.class,
                () -> new WorkflowModel("test", "test.name", INITIATION, List.of(CLOSED), List.of()));
    }

    @Test
    void listsTheTransitionsFromAStatusInModelOrder() {
        assertEquals(List.of(LifecycleTransition.RESUME_EXECUTING, LifecycleTransition.START_CLOSING,
                        LifecycleTransition.CANCEL),
                ProjectLifecycle.WORKFLOW.transitionsFrom(LifecyclePhase.MONITOR_AND_CONTROL));
    }
}
