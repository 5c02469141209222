package io.csiloop.measure;

import io.csiloop.kernel.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasurementDefinitionTest {

    private static final String REQUIRED = "csiloop.measure.error.required";
    private static final String TOO_LONG = "csiloop.measure.error.tooLong";
    private static final String NOT_FINITE = "csiloop.measure.error.notFinite";

    /* valid definitions */

    @Test
    void acceptsEachDirectionWithWhatItNeeds() {
        assertAll(
                () -> assertDoesNotThrow(() -> DefinitionDraft.higherIsBetter(80, 5).build()),
                () -> assertDoesNotThrow(() -> DefinitionDraft.lowerIsBetter(4, 0).build()),
                () -> assertDoesNotThrow(() -> DefinitionDraft.withinBand(40, 70, 5).build()),
                () -> assertDoesNotThrow(() -> DefinitionDraft.withinBand(50, 50, 0).build()));
    }

    @Test
    void acceptsAbsentOptionalsAndTextsOfTheirFullLength() {
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(1, 0).baseline(null);
        draft.description = null;
        draft.idealMeasure = null;
        draft.measurableToday = " ";
        draft.key = "K" + "x".repeat(MeasurementDefinition.KEY_MAX - 1);
        draft.name = "n".repeat(MeasurementDefinition.NAME_MAX);
        draft.unit = "u".repeat(MeasurementDefinition.UNIT_MAX);
        MeasurementDefinition definition = draft.build();
        assertEquals(draft.key, definition.key());
    }

    /* each invalid component, alone */

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidComponents")
    void refusesAnInvalidComponentNamingItsField(String what, Consumer<DefinitionDraft> spoil, List<FieldError> errors) {
        DefinitionDraft draft = DefinitionDraft.higherIsBetter(80, 5);
        spoil.accept(draft);
        DefinitionInvalid invalid = assertThrows(DefinitionInvalid.class, draft::build);
        assertEquals(errors, invalid.errors());
        invalid.errors().forEach(e -> assertTrue(Messages.has(e.messageKey()), "no English message: " + e));
    }

    static Stream<Arguments> invalidComponents() {
        return Stream.of(
                refused("missing key", d -> d.key = null, error("key", REQUIRED)),
                refused("blank key", d -> d.key = "  ", error("key", REQUIRED)),
                refused("key starting with a digit", d -> d.key = "9LIVES", error("key", "csiloop.measure.error.keyFormat")),
                refused("key with a space", d -> d.key = "MY KEY", error("key", "csiloop.measure.error.keyFormat")),
                refused("over-long key", d -> d.key = "K".repeat(51), error("key", TOO_LONG, 50)),
                refused("missing name", d -> d.name = null, error("name", REQUIRED)),
                refused("empty name", d -> d.name = "", error("name", REQUIRED)),
                refused("over-long name", d -> d.name = "n".repeat(256), error("name", TOO_LONG, 255)),
                refused("over-long description", d -> d.description = "d".repeat(4001),
                        error("description", TOO_LONG, 4000)),
                refused("blank unit", d -> d.unit = "\t", error("unit", REQUIRED)),
                refused("over-long unit", d -> d.unit = "u".repeat(51), error("unit", TOO_LONG, 50)),
                refused("missing direction", d -> d.direction = null, error("direction", REQUIRED)),
                refused("NaN target", d -> d.target = Double.NaN, error("target", NOT_FINITE)),
                refused("infinite target", d -> d.target = Double.POSITIVE_INFINITY, error("target", NOT_FINITE)),
                refused("higher-is-better without target", d -> d.target = null,
                        error("target", "csiloop.measure.error.targetRequired")),
                refused("lower-is-better without target", d -> {
                    d.direction = Direction.LOWER_IS_BETTER;
                    d.target = null;
                }, error("target", "csiloop.measure.error.targetRequired")),
                refused("target with a band", d -> d.band = new Band(1, 2),
                        error("band", "csiloop.measure.error.bandNotAllowed")),
                refused("within a band without band", d -> d.direction = Direction.WITHIN_BAND,
                        error("band", "csiloop.measure.error.bandRequired"),
                        error("target", "csiloop.measure.error.targetNotAllowed")),
                refused("band low above high", d -> withBand(d, 70, 40),
                        error("band", "csiloop.measure.error.bandInverted", 70.0, 40.0)),
                refused("NaN band low", d -> withBand(d, Double.NaN, 40), error("band.low", NOT_FINITE)),
                refused("infinite band high", d -> withBand(d, 1, Double.NEGATIVE_INFINITY),
                        error("band.high", NOT_FINITE)),
                refused("negative tolerance", d -> d.tolerance = -0.5,
                        error("tolerance", "csiloop.measure.error.negative")),
                refused("NaN tolerance", d -> d.tolerance = Double.NaN, error("tolerance", NOT_FINITE)),
                refused("infinite tolerance", d -> d.tolerance = Double.POSITIVE_INFINITY,
                        error("tolerance", NOT_FINITE)),
                refused("NaN baseline", d -> d.baseline = Double.NaN, error("baseline", NOT_FINITE)),
                refused("missing aggregation", d -> d.aggregation = null, error("aggregation", REQUIRED)),
                refused("missing period", d -> d.period = null, error("period", REQUIRED)),
                refused("missing source", d -> d.source = null, error("source", REQUIRED)),
                refused("over-long ideal measure", d -> d.idealMeasure = "i".repeat(4001),
                        error("idealMeasure", TOO_LONG, 4000)),
                refused("over-long measurable today", d -> d.measurableToday = "m".repeat(4001),
                        error("measurableToday", TOO_LONG, 4000)));
    }

    /* all at once */

    @Test
    void reportsEveryErrorAtOnceInFieldOrder() {
        DefinitionDraft draft = DefinitionDraft.withinBand(10, 5, -1);
        draft.key = "";
        draft.name = null;
        draft.unit = " ";
        draft.target = Double.NaN;
        draft.baseline = Double.NEGATIVE_INFINITY;
        draft.source = null;
        DefinitionInvalid invalid = assertThrows(DefinitionInvalid.class, draft::build);
        assertEquals(List.of(
                error("key", REQUIRED),
                error("name", REQUIRED),
                error("unit", REQUIRED),
                error("target", NOT_FINITE),
                error("band", "csiloop.measure.error.bandInverted", 10.0, 5.0),
                error("target", "csiloop.measure.error.targetNotAllowed"),
                error("tolerance", "csiloop.measure.error.negative"),
                error("baseline", NOT_FINITE),
                error("source", REQUIRED)), invalid.errors());
    }

    private static void withBand(DefinitionDraft draft, double low, double high) {
        draft.direction = Direction.WITHIN_BAND;
        draft.target = null;
        draft.band = new Band(low, high);
    }

    private static FieldError error(String field, String key, Object... params) {
        return FieldError.of(field, key, params);
    }

    private static Arguments refused(String what, Consumer<DefinitionDraft> spoil, FieldError... errors) {
        return Arguments.of(what, spoil, List.of(errors));
    }
}
