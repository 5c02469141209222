package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiStatusTest {

    @ParameterizedTest(name = "higher is better, target 80 ± 5: {0} is {1}")
    @CsvSource({"95, ON_TARGET", "80, ON_TARGET", "79.99, NEAR_TARGET", "75, NEAR_TARGET", "74.99, OFF_TARGET",
        "-80, OFF_TARGET"})
    void higherIsBetter(double value, KpiStatus expected) {
        assertEquals(expected, KpiStatus.of(DefinitionDraft.higherIsBetter(80, 5).build(), OptionalDouble.of(value)));
    }

    @ParameterizedTest(name = "lower is better, target 4 ± 1: {0} is {1}")
    @CsvSource({"0, ON_TARGET", "4, ON_TARGET", "4.01, NEAR_TARGET", "5, NEAR_TARGET", "5.01, OFF_TARGET"})
    void lowerIsBetter(double value, KpiStatus expected) {
        assertEquals(expected, KpiStatus.of(DefinitionDraft.lowerIsBetter(4, 1).build(), OptionalDouble.of(value)));
    }

    @ParameterizedTest(name = "within 40..70 ± 5: {0} is {1}")
    @CsvSource({"34.99, OFF_TARGET", "35, NEAR_TARGET", "39.99, NEAR_TARGET", "40, ON_TARGET", "55, ON_TARGET",
        "70, ON_TARGET", "70.01, NEAR_TARGET", "75, NEAR_TARGET", "75.01, OFF_TARGET"})
    void withinABand(double value, KpiStatus expected) {
        assertEquals(expected, KpiStatus.of(DefinitionDraft.withinBand(40, 70, 5).build(), OptionalDouble.of(value)));
    }

    @ParameterizedTest(name = "no tolerance: {0} is {1}")
    @CsvSource({"80, ON_TARGET", "79.999, OFF_TARGET"})
    void withoutToleranceNothingIsNear(double value, KpiStatus expected) {
        assertEquals(expected, KpiStatus.of(DefinitionDraft.higherIsBetter(80, 0).build(), OptionalDouble.of(value)));
    }

    @Test
    void noValueIsNoData() {
        MeasurementDefinition definition = DefinitionDraft.lowerIsBetter(4, 1).build();
        assertEquals(KpiStatus.NO_DATA, KpiStatus.of(definition, OptionalDouble.empty()));
    }
}
