package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProgressTest {

    @ParameterizedTest(name = "{0}: {1} has come {2} of the way")
    @MethodSource("progress")
    void measuresTheWayFromBaselineToTarget(String what, double value, OptionalDouble expected,
            MeasurementDefinition definition) {
        assertEquals(expected, Progress.fromBaseline(definition, value));
    }

    static Stream<Arguments> progress() {
        MeasurementDefinition higher = DefinitionDraft.higherIsBetter(80, 5).baseline(60.0).build();
        MeasurementDefinition lower = DefinitionDraft.lowerIsBetter(4, 1).baseline(10.0).build();
        MeasurementDefinition band = DefinitionDraft.withinBand(40, 70, 5).baseline(30.0).build();
        return Stream.of(
                Arguments.of("at the baseline", 60, OptionalDouble.of(0), higher),
                Arguments.of("half-way", 70, OptionalDouble.of(0.5), higher),
                Arguments.of("beyond the target", 90, OptionalDouble.of(1.5), higher),
                Arguments.of("moved away", 50, OptionalDouble.of(-0.5), higher),
                Arguments.of("lower is better, half-way", 7, OptionalDouble.of(0.5), lower),
                Arguments.of("band from below, half-way", 35, OptionalDouble.of(0.5), band),
                Arguments.of("band from below, inside", 50, OptionalDouble.of(2), band),
                Arguments.of("no baseline", 70, OptionalDouble.empty(),
                        DefinitionDraft.higherIsBetter(80, 5).baseline(null).build()),
                Arguments.of("baseline is the target", 70, OptionalDouble.empty(),
                        DefinitionDraft.higherIsBetter(80, 5).baseline(80.0).build()),
                Arguments.of("baseline inside the band", 50, OptionalDouble.empty(),
                        DefinitionDraft.withinBand(40, 70, 5).baseline(45.0).build()));
    }
}
