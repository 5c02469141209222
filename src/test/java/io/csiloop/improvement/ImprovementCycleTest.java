package io.csiloop.improvement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ImprovementCycleTest {

    @Test
    void startingTheNextCycleCountsUp() {
        ImprovementCycle third = new ImprovementCycle(3);

        assertEquals(new ImprovementCycle(4), third.after(ImprovementTransition.START_NEXT_CYCLE));
    }

    @ParameterizedTest
    @EnumSource(value = ImprovementTransition.class, mode = EnumSource.Mode.EXCLUDE, names = "START_NEXT_CYCLE")
    void everyOtherTransitionStaysInTheCycle(ImprovementTransition transition) {
        assertEquals(ImprovementCycle.first(), ImprovementCycle.first().after(transition));
    }

    @Test
    void cyclesCountFromOne() {
        assertEquals(1, ImprovementCycle.first().number());
        assertThrows(IllegalArgumentException.class, () -> new ImprovementCycle(0));
    }
}
