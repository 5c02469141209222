package io.csiloop.process;

import io.csiloop.lifecycle.LifecyclePhase;
import io.csiloop.lifecycle.LifecycleTransition;
import io.csiloop.lifecycle.ProjectLifecycle;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.csiloop.lifecycle.LifecyclePhase.CLOSED;
import static io.csiloop.lifecycle.LifecyclePhase.CLOSING;
import static io.csiloop.lifecycle.LifecyclePhase.INITIATION;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkflowModelTest {

    private record Move(Route route) implements WorkflowTransition {

        @Override
        public String name() {
            return "MOVE";
        }

        @Override
        public String nameKey() {
            return "move.name";
        }
    }

    private static WorkflowModel modelOf(List<LifecyclePhase> statuses, Route route) {
        return new WorkflowModel("test", "test.name", INITIATION, statuses, List.of(new Move(route)));
    }

    @Test
    void acceptsAResolutionOnTheWayIntoADoneStatus() {
        Route close = Route.leaving(CLOSING).to(CLOSED).resolving(Resolution.DONE);

        assertDoesNotThrow(() -> modelOf(List.of(INITIATION, CLOSING, CLOSED), close));
    }

    @Test
    void refusesADoneStatusEnteredWithoutResolution() {
        Route close = Route.leaving(CLOSING).to(CLOSED);

        assertThrows(IllegalArgumentException.class, () -> modelOf(List.of(INITIATION, CLOSING, CLOSED), close));
    }

    @Test
    void refusesAResolutionOnAnOpenStatus() {
        Route reopen = Route.leaving(CLOSED).to(CLOSING).resolving(Resolution.DONE);

        assertThrows(IllegalArgumentException.class, () -> modelOf(List.of(INITIATION, CLOSING, CLOSED), reopen));
    }

    @Test
    void refusesATransitionFromAStatusOutsideTheModel() {
        Route close = Route.leaving(CLOSING).to(CLOSED).resolving(Resolution.DONE);

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
