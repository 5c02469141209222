package io.csiloop.lifecycle;

import io.csiloop.process.Resolution;
import io.csiloop.process.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import static io.csiloop.lifecycle.LifecycleTransition.CANCEL;
import static io.csiloop.lifecycle.LifecycleTransition.CLOSE;
import static io.csiloop.lifecycle.LifecycleTransition.RESUME_EXECUTING;
import static io.csiloop.lifecycle.LifecycleTransition.START_CLOSING;
import static io.csiloop.lifecycle.LifecycleTransition.START_EXECUTING;
import static io.csiloop.lifecycle.LifecycleTransition.START_MONITORING;
import static io.csiloop.lifecycle.LifecycleTransition.START_PLANNING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LifecycleTransitionTest {

    /** The lifecycle as PRODUCT.md section 1 describes it: from, transition, to, gate, resolution. */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(INITIATION, START_PLANNING, PLANNING, INITIATION_EXIT, null),
                Arguments.of(PLANNING, START_EXECUTING, EXECUTING, PLANNING_EXIT, null),
                Arguments.of(EXECUTING, START_MONITORING, MONITOR_AND_CONTROL, EXECUTING_EXIT, null),
                Arguments.of(MONITOR_AND_CONTROL, RESUME_EXECUTING, EXECUTING, null, null),
                Arguments.of(MONITOR_AND_CONTROL, START_CLOSING, CLOSING, MONITOR_AND_CONTROL_EXIT, null),
                Arguments.of(CLOSING, CLOSE, CLOSED, CLOSING_EXIT, Resolution.DONE),
                Arguments.of(INITIATION, CANCEL, CLOSED, null, Resolution.CANCELLED),
                Arguments.of(PLANNING, CANCEL, CLOSED, null, Resolution.CANCELLED),
                Arguments.of(EXECUTING, CANCEL, CLOSED, null, Resolution.CANCELLED),
                Arguments.of(MONITOR_AND_CONTROL, CANCEL, CLOSED, null, Resolution.CANCELLED),
                Arguments.of(CLOSING, CANCEL, CLOSED, null, Resolution.CANCELLED));
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}, gate {3}, resolution {4}")
    @MethodSource("table")
    void leadsWhereTheTableSays(LifecyclePhase from, LifecycleTransition transition, LifecyclePhase to,
                                LifecycleGate gate, Resolution resolution) {
        Route route = transition.route();
        assertTrue(route.from().contains(from));
        assertEquals(to, route.to());
        assertEquals(Optional.ofNullable(gate), route.gate());
        assertEquals(Optional.ofNullable(resolution), route.resolution());
        assertEquals(Set.of(), route.effects());
    }

    @ParameterizedTest
    @EnumSource(LifecyclePhase.class)
    void offersExactlyTheTransitionsOfTheTable(LifecyclePhase phase) {
        Set<Object> expected = table().map(Arguments::get)
                .filter(row -> row[0] == phase).map(row -> row[1]).collect(Collectors.toSet());

        assertEquals(expected, Set.copyOf(ProjectLifecycle.WORKFLOW.transitionsFrom(phase)));
    }

    @Test
    void startsInInitiationAndCloses() {
        assertEquals(INITIATION, ProjectLifecycle.WORKFLOW.initial());
        assertEquals(Set.of(), Set.copyOf(ProjectLifecycle.WORKFLOW.transitionsFrom(CLOSED)));
    }

    @ParameterizedTest
    @EnumSource(LifecyclePhase.class)
    void usesJirasStatusCategoryKeys(LifecyclePhase phase) {
        String expected = switch (phase) {
            case INITIATION -> "new";
            case CLOSED -> "done";
            default -> "indeterminate";
        };
        assertEquals(expected, phase.category().key());
    }
}
