package io.csiloop.improvement;

import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.RecordChecks;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The benefit as a number: a value needs its unit; numbers finite and storable; the unit a short text. */
class BenefitTest {

    @Test
    void shouldAcceptABenefitThatCanBeTotalled() {
        Benefit b = new Benefit(40.0, "  hours per month ", LocalDate.of(2027, 3, 31), 38.5, "measured");

        assertAll(() -> assertEquals(List.of(), errors(b)), () -> assertEquals("hours per month", b.unit()),
                () -> assertEquals(List.of(), errors(Benefit.NONE)),
                () -> assertEquals(List.of(), errors(new Benefit(null, "EUR per year", null, null, null))));
    }

    @Test
    void shouldRefuseAValueWithoutUnitAndNumbersNoStoreTakes() {
        assertAll(() -> assertEquals(List.of(FieldError.of("unit", Benefit.UNIT_REQUIRED)),
                        errors(new Benefit(40.0, " ", null, null, null))),
                () -> assertEquals(List.of(FieldError.of("unit", Benefit.UNIT_REQUIRED)),
                        errors(new Benefit(null, null, null, 3.0, null)), "a realised value needs the unit too"),
                () -> assertEquals(List.of(FieldError.of("expectedValue", RecordChecks.NOT_FINITE),
                        FieldError.of("realisedValue", RecordChecks.OUT_OF_RANGE)),
                        errors(new Benefit(Double.NaN, "h", null, 2e15, null))),
                () -> assertEquals(List.of(FieldError.of("unit", RecordChecks.TOO_LONG, Benefit.UNIT_MAX)),
                        errors(new Benefit(1.0, "u".repeat(Benefit.UNIT_MAX + 1), null, null, null))),
                () -> assertEquals(List.of(FieldError.of("expectedBy", Benefit.DAY_OUT_OF_RANGE)),
                        errors(new Benefit(1.0, "h", LocalDate.of(10_000, 1, 1), null, null))),
                () -> assertEquals(List.of(FieldError.of("realisedNote", RecordChecks.BAD_CHARACTER, 1)),
                        errors(new Benefit(null, null, null, null, "\u0000"))));
    }

    @Test
    void shouldTakeTheRealisedPartOfAnotherBenefit() {
        Benefit planned = new Benefit(40.0, "h", null, null, null);

        Benefit both = planned.withRealised(new Benefit(1.0, "x", null, 35.0, "seen"));

        assertAll(() -> assertEquals(new Benefit(40.0, "h", null, 35.0, "seen"), both),
                () -> assertEquals(true, both.realised()), () -> assertEquals(false, planned.realised()),
                () -> assertNull(new Benefit(null, null, null, null, "  ").realisedNote()));
    }

    private static List<FieldError> errors(Benefit benefit) {
        RecordChecks checks = new RecordChecks();
        benefit.check(checks);
        return checks.errors();
    }
}
