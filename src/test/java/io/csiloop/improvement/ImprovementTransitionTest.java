package io.csiloop.improvement;

import io.csiloop.process.Resolution;
import io.csiloop.process.Route;
import io.csiloop.process.TransitionEffect;
import io.csiloop.process.WorkflowStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.csiloop.improvement.ImprovementGate.ANALYSE_DATA_EXIT;
import static io.csiloop.improvement.ImprovementGate.COLLECT_DATA_EXIT;
import static io.csiloop.improvement.ImprovementGate.DEFINE_MEASUREMENT_EXIT;
import static io.csiloop.improvement.ImprovementGate.IDENTIFY_APPROACH_EXIT;
import static io.csiloop.improvement.ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT;
import static io.csiloop.improvement.ImprovementGate.PRESENT_KNOWLEDGE_EXIT;
import static io.csiloop.improvement.ImprovementGate.PROCESS_DATA_EXIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImprovementTransitionTest {

    private static final Set<TransitionEffect> NONE = Set.of();

    /** The seven steps as PRODUCT.md section 2 describes them: from, transition, to, gate, resolution, effects. */
    static Stream<Arguments> table() {
        return Stream.of(
                row("IDENTIFY_APPROACH", "DEFINE_MEASUREMENT", "DEFINE_MEASUREMENT", IDENTIFY_APPROACH_EXIT, null, NONE),
                row("DEFINE_MEASUREMENT", "COLLECT_DATA", "COLLECT_DATA", DEFINE_MEASUREMENT_EXIT, null, NONE),
                row("COLLECT_DATA", "PROCESS_DATA", "PROCESS_DATA", COLLECT_DATA_EXIT, null,
                        Set.of(TransitionEffect.TAKE_KPI_SNAPSHOTS)),
                row("PROCESS_DATA", "ANALYSE_DATA", "ANALYSE_DATA", PROCESS_DATA_EXIT, null, NONE),
                row("ANALYSE_DATA", "PRESENT_KNOWLEDGE", "PRESENT_KNOWLEDGE", ANALYSE_DATA_EXIT, null, NONE),
                row("PRESENT_KNOWLEDGE", "IMPLEMENT_IMPROVEMENTS", "IMPLEMENT_IMPROVEMENTS", PRESENT_KNOWLEDGE_EXIT,
                        null, NONE),
                row("IMPLEMENT_IMPROVEMENTS", "CONFIRM_IMPROVED", "IMPROVED", IMPLEMENT_IMPROVEMENTS_EXIT,
                        Resolution.DONE, NONE),
                row("IMPLEMENT_IMPROVEMENTS", "START_NEXT_CYCLE", "COLLECT_DATA", null, null,
                        Set.of(TransitionEffect.START_NEXT_CYCLE)),
                row("IMPROVED", "START_NEXT_CYCLE", "COLLECT_DATA", null, null, Set.of(TransitionEffect.START_NEXT_CYCLE)),
                row("IDENTIFY_APPROACH", "REJECT", "REJECTED", null, Resolution.REJECTED, NONE),
                row("DEFINE_MEASUREMENT", "REJECT", "REJECTED", null, Resolution.REJECTED, NONE));
    }

    private static Arguments row(String from, String transition, String to, ImprovementGate gate,
                                 Resolution resolution, Set<TransitionEffect> effects) {
        return Arguments.of(ImprovementStatus.valueOf(from), ImprovementTransition.valueOf(transition),
                ImprovementStatus.valueOf(to), gate, resolution, effects);
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}, gate {3}, resolution {4}, effects {5}")
    @MethodSource("table")
    void leadsWhereTheTableSays(ImprovementStatus from, ImprovementTransition transition, ImprovementStatus to,
                                ImprovementGate gate, Resolution resolution, Set<TransitionEffect> effects) {
        Route route = transition.route();
        assertTrue(route.from().contains(from));
        assertEquals(to, route.to());
        assertEquals(Optional.ofNullable(gate), route.gate());
        assertEquals(Optional.ofNullable(resolution), route.resolution());
        assertEquals(effects, route.effects());
    }

    @ParameterizedTest
    @EnumSource(ImprovementStatus.class)
    void offersExactlyTheTransitionsOfTheTable(ImprovementStatus status) {
        Set<Object> expected = table().map(Arguments::get)
                .filter(row -> row[0] == status).map(row -> row[1]).collect(Collectors.toSet());

        assertEquals(expected, Set.copyOf(SevenStepImprovement.WORKFLOW.transitionsFrom(status)));
    }

    @Test
    void startsAtStepOne() {
        assertEquals(ImprovementStatus.IDENTIFY_APPROACH, SevenStepImprovement.WORKFLOW.initial());
    }

    @Test
    void everyStepHasAGateAtItsExit() {
        Set<WorkflowStatus> gated = Stream.of(ImprovementTransition.values())
                .filter(t -> t.route().gate().isPresent()).flatMap(t -> t.route().from().stream()).collect(Collectors.toSet());

        assertEquals(Stream.of(ImprovementStatus.values()).filter(s -> s.stepNumber().isPresent())
                .collect(Collectors.toSet()), gated);
    }
}
