package io.csiloop.measure;

import io.csiloop.kernel.FieldError;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DataPointTest {

    @Test
    void keepsAFiniteValueAtAnInstant() {
        DataPoint point = new DataPoint(Instant.parse("2026-03-29T00:30:00Z"), -2.5);
        assertEquals(-2.5, point.value());
    }

    @Test
    void refusesANonFiniteValue() {
        DataPointInvalid invalid = assertThrows(DataPointInvalid.class,
                () -> new DataPoint(Instant.EPOCH, Double.NaN));
        assertEquals(List.of(FieldError.of("value", "csiloop.measure.error.notFinite")), invalid.errors());
    }

    @Test
    void refusesAMissingInstantAndAnInfiniteValueTogether() {
        DataPointInvalid invalid = assertThrows(DataPointInvalid.class,
                () -> new DataPoint(null, Double.POSITIVE_INFINITY));
        assertEquals(List.of(
                FieldError.of("observedAt", "csiloop.measure.error.required"),
                FieldError.of("value", "csiloop.measure.error.notFinite")), invalid.errors());
    }
}
