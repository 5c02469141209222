package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.MeasurementDefinition;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GapTest {

    @ParameterizedTest(name = "{0}: {1} is {2} to go ({3})")
    @MethodSource("gaps")
    void measuresTheDistanceStillToGo(String what, double value, double absolute, OptionalDouble percent,
            MeasurementDefinition definition) {
        Gap gap = Gap.of(definition, value);
        assertEquals(absolute, gap.absolute(), 1e-12);
        assertEquals(percent.isPresent(), gap.percentOfTarget().isPresent());
        percent.ifPresent(p -> assertEquals(p, gap.percentOfTarget().getAsDouble(), 1e-12));
    }

    static Stream<Arguments> gaps() {
        MeasurementDefinition higher = DefinitionDraft.higherIsBetter(80, 5).build();
        MeasurementDefinition lower = DefinitionDraft.lowerIsBetter(4, 1).build();
        MeasurementDefinition negative = DefinitionDraft.lowerIsBetter(-20, 1).build();
        MeasurementDefinition zero = DefinitionDraft.lowerIsBetter(0, 1).build();
        MeasurementDefinition band = DefinitionDraft.withinBand(40, 70, 5).build();
        return Stream.of(
                Arguments.of("higher, short", 70, 10, OptionalDouble.of(12.5), higher),
                Arguments.of("higher, beyond", 90, -10, OptionalDouble.of(-12.5), higher),
                Arguments.of("lower, short", 5, 1, OptionalDouble.of(25), lower),
                Arguments.of("lower, beyond", 3, -1, OptionalDouble.of(-25), lower),
                Arguments.of("lower, negative target", -15, 5, OptionalDouble.of(25), negative),
                Arguments.of("target zero", 2, 2, OptionalDouble.empty(), zero),
                Arguments.of("below the band", 30, 10, OptionalDouble.of(25), band),
                Arguments.of("above the band", 84, 14, OptionalDouble.of(20), band),
                Arguments.of("inside the band", 50, 0, OptionalDouble.of(0), band));
    }
}
