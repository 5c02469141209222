package io.csiloop.kpi;

import io.csiloop.measure.MeasurementDefinition;
import java.util.OptionalDouble;

/**
 * How far a value is from its target, direction-aware.
 *
 * @param absolute the distance still to go, in the measure's unit: positive when short of the target,
 *     0 on it, negative beyond it (a surplus). For higher-is-better {@code target - value}, for
 *     lower-is-better {@code value - target}; within a band the distance outside the band (0 inside,
 *     never negative)
 * @param percentOfTarget {@code absolute} as a percentage of |target| (within a band, of the band end
 *     nearer to the value); empty when that is 0
 */
public record Gap(double absolute, OptionalDouble percentOfTarget) {

    /** The gap of a value of the definition's measure. */
    public static Gap of(MeasurementDefinition definition, double value) {
        double absolute = switch (definition.direction()) {
            case HIGHER_IS_BETTER -> definition.target() - value;
            case LOWER_IS_BETTER -> value - definition.target();
            case WITHIN_BAND -> definition.band().distanceTo(value);
        };
        double aim = aim(definition, value);
        return new Gap(absolute, aim == 0 ? OptionalDouble.empty() : OptionalDouble.of(absolute / Math.abs(aim) * 100));
    }

    /** Whether the value has reached the target (within a band: lies in it). */
    boolean met() {
        return absolute <= 0;
    }

    /** The value to aim at from {@code from}: the target, or within a band the band end nearer to it. */
    static double aim(MeasurementDefinition definition, double from) {
        return definition.direction().needsTarget() ? definition.target() : definition.band().nearerEnd(from);
    }
}
