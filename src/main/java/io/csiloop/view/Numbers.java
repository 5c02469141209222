package io.csiloop.view;

import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the panels print KPI numbers: at most two decimals, no trailing zeros, with the measure's unit. */
final class Numbers {

    private Numbers() {
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** A shift with its sign, so that a rise and a fall read apart: "+16.07", "-2.5", "0". */
    static String signed(double value) {
        String number = plain(value);
        return value > 0 && !"0".equals(number) ? "+" + number : number;
    }

    static String withUnit(double value, String unit) {
        return plain(value) + ("%".equals(unit) ? " %" : " " + unit);
    }

    /** The target as a person reads it: "≥ 75 %", "≤ 8 hours", or "40 – 70 %" for a band. */
    static String target(MeasurementDefinition d) {
        if (d.direction() == Direction.WITHIN_BAND) {
            return plain(d.band().low()) + " – " + withUnit(d.band().high(), d.unit());
        }
        return (d.direction() == Direction.HIGHER_IS_BETTER ? "≥ " : "≤ ") + withUnit(d.target(), d.unit());
    }
}
