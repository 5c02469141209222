package io.csiloop.measure;

import io.csiloop.kernel.EnglishMessages;
import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.RecordChecks;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The valid range of a definition: what it admits, how it names a value it refuses, and which ranges are valid. */
class ValidRangeTest {

    private static final EnglishMessages ENGLISH = new EnglishMessages();

    @Test
    void admitsItsEndsAndRefusesJustBeyondThem() {
        MeasurementDefinition percent = range(0.0, 100.0);

        assertAll(() -> assertTrue(percent.admits(0)), () -> assertTrue(percent.admits(100)),
                () -> assertTrue(percent.admits(-0.0)),
                () -> assertFalse(percent.admits(Math.nextDown(0.0))),
                () -> assertFalse(percent.admits(Math.nextUp(100.0))),
                () -> assertTrue(range(null, null).admits(-RecordChecks.MAX_MAGNITUDE)),
                () -> assertTrue(range(5.0, 5.0).admits(5)));
    }

    @Test
    void namesTheDefinitionAndItsRangeWithoutNeedlessDecimals() {
        assertAll(() -> assertEquals("CSAT takes values from 0 to 100.", message(range(0.0, 100.0), 101)),
                () -> assertEquals("CSAT takes values from 0.5.", message(range(0.5, null), 0.25)),
                () -> assertEquals("CSAT takes values up to 1000000000000000.", message(range(null, 1e15), 2e15)),
                () -> assertEquals("CSAT takes values from -2.25 to 7.", message(range(-2.25, 7.0), 8)),
                () -> assertNull(range(0.0, 100.0).refusal("value", 100)));
    }

    @Test
    void refusesAnInvertedRangeOrEndsThatAreNotStorableNamingTheField() {
        assertAll(() -> assertEquals(List.of(FieldError.of("validMin", MeasurementDefinition.RANGE_INVERTED, "100",
                        "0")), refused(100.0, 0.0)),
                () -> assertEquals(List.of(FieldError.of("validMin", RecordChecks.NOT_FINITE)), refused(Double.NaN, 1.0)),
                () -> assertEquals(List.of(FieldError.of("validMax", RecordChecks.NOT_FINITE)),
                        refused(null, Double.NEGATIVE_INFINITY)),
                () -> assertEquals(List.of(FieldError.of("validMin", RecordChecks.OUT_OF_RANGE),
                        FieldError.of("validMax", RecordChecks.OUT_OF_RANGE)), refused(-1e16, 1.5e15)),
                () -> assertEquals(List.of(FieldError.of("validMin", RecordChecks.NOT_FINITE)),
                        refused(Double.POSITIVE_INFINITY, 1.0), "one error per field"));
    }

    private static MeasurementDefinition range(Double min, Double max) {
        DefinitionDraft draft = new DefinitionDraft();
        draft.key = "CSAT";
        draft.validMin = min;
        draft.validMax = max;
        return draft.build();
    }

    private static String message(MeasurementDefinition measure, double value) {
        FieldError error = measure.refusal("value", value);
        return ENGLISH.text(error.messageKey(), error.params());
    }

    private static List<FieldError> refused(Double min, Double max) {
        return assertThrows(DefinitionInvalid.class, () -> range(min, max)).errors();
    }
}
