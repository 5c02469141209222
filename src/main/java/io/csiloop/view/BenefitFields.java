package io.csiloop.view;

import io.csiloop.improvement.Benefit;

import java.math.BigDecimal;

/** A register entry's benefit as the form's fields show it: every part as text, empty when not given. */
public record BenefitFields(String expectedValue, String unit, String expectedBy, String realisedValue,
                            String realisedNote) {

    static BenefitFields of(Benefit b) {
        return new BenefitFields(number(b.expectedValue()), text(b.unit()),
                b.expectedBy() == null ? "" : b.expectedBy().toString(), number(b.realisedValue()), text(b.realisedNote()));
    }

    /** The number as a person types it: {@code 40}, {@code 12.5}, never {@code 40.0} or {@code 1E+3}. */
    static String number(Double value) {
        return value == null ? "" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public String getExpectedValue() {
        return expectedValue;
    }

    public String getUnit() {
        return unit;
    }

    public String getExpectedBy() {
        return expectedBy;
    }

    public String getRealisedValue() {
        return realisedValue;
    }

    public String getRealisedNote() {
        return realisedNote;
    }
}
