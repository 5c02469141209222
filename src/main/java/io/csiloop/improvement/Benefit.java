package io.csiloop.improvement;

import io.csiloop.kernel.RecordChecks;

import java.time.LocalDate;

/**
 * The benefit of an improvement as a number, as a CSI register tracks planned against realised benefit: how much it
 * is expected to bring, in what unit and by when, and how much it brought once Improved, in the same unit. (The
 * register entry's {@code expectedBenefit} text describes it.) Every part is optional, but a value needs its unit:
 * a number without a unit cannot be added up with anything.
 *
 * @param expectedValue the planned benefit, finite, e.g. {@code 40}
 * @param unit the unit of both values, e.g. {@code hours per month}; at most {@value #UNIT_MAX} characters
 * @param expectedBy the day the planned benefit should be reached
 * @param realisedValue the benefit measured after the change, in {@code unit}; recorded once the improvement is
 *     Improved
 * @param realisedNote how the realised value was measured; at most {@value RegisterEntry#TEXT_MAX} characters
 */
public record Benefit(Double expectedValue, String unit, LocalDate expectedBy, Double realisedValue,
        String realisedNote) {

    public static final int UNIT_MAX = 60;
    /** No benefit given. */
    public static final Benefit NONE = new Benefit(null, null, null, null, null);
    /** A value was given without the unit it is in ({0}: nothing). */
    public static final String UNIT_REQUIRED = "csiloop.benefit.error.unitRequired";
    /** The expected-by day is before year 1 or after 9999. */
    public static final String DAY_OUT_OF_RANGE = "csiloop.benefit.error.dayOutOfRange";

    public Benefit {
        unit = unit == null || unit.isBlank() ? null : unit.strip();
        realisedNote = realisedNote == null || realisedNote.isBlank() ? null : realisedNote;
    }

    /** This benefit as planned, with the realised part of {@code realised}. */
    public Benefit withRealised(Benefit realised) {
        return new Benefit(expectedValue, unit, expectedBy, realised.realisedValue, realised.realisedNote);
    }

    /** Whether anything was realised. */
    public boolean realised() {
        return realisedValue != null || realisedNote != null;
    }

    public void check(RecordChecks checks) {
        checks.storableNumber("expectedValue", expectedValue).storableNumber("realisedValue", realisedValue)
                .optionalText("unit", unit, UNIT_MAX).optionalText("realisedNote", realisedNote, RegisterEntry.TEXT_MAX);
        if (unit == null && (expectedValue != null || realisedValue != null)) {
            checks.add("unit", UNIT_REQUIRED);
        }
        if (expectedBy != null && (expectedBy.getYear() < 1 || expectedBy.getYear() > 9999)) {
            checks.add("expectedBy", DAY_OUT_OF_RANGE);
        }
    }
}
