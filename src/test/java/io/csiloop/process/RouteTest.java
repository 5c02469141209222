package io.csiloop.process;

import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.lifecycle.LifecyclePhase;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RouteTest {

    @Test
    void readsLikeTheProductTable() {
        Route route = Route.leaving(LifecyclePhase.CLOSING).to(LifecyclePhase.CLOSED)
                .behind(LifecycleGate.CLOSING_EXIT).resolving(Resolution.DONE)
                .then(TransitionEffect.TAKE_KPI_SNAPSHOTS).then(TransitionEffect.START_NEXT_CYCLE);

        assertEquals(new Route(Set.of(LifecyclePhase.CLOSING), LifecyclePhase.CLOSED,
                Optional.of(LifecycleGate.CLOSING_EXIT), Optional.of(Resolution.DONE),
                Set.of(TransitionEffect.TAKE_KPI_SNAPSHOTS, TransitionEffect.START_NEXT_CYCLE)), route);
    }

    @Test
    void startsSomewhere() {
        assertThrows(IllegalArgumentException.class, () -> Route.leaving(Set.of()).to(LifecyclePhase.CLOSED));
    }
}
