package io.csiloop.measure;

/**
 * The closed interval [low, high] in which a {@link Direction#WITHIN_BAND} measure is on target.
 * A band on its own is not checked; a {@link MeasurementDefinition} refuses one that is not finite
 * or whose low end is above its high end (so that all errors of the definition come together).
 *
 * @param low the lowest good value, in the measure's unit
 * @param high the highest good value, in the measure's unit
 */
public record Band(double low, double high) {

    /** Whether the value lies in the band, both ends included. */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }

    /** How far the value lies outside the band: 0 inside it, else the distance to the nearer end. */
    public double distanceTo(double value) {
        if (value < low) {
            return low - value;
        }
        return value > high ? value - high : 0;
    }

    /** The end of the band nearer to the value ({@code low} for a value inside the lower half). */
    public double nearerEnd(double value) {
        return Math.abs(value - low) <= Math.abs(value - high) ? low : high;
    }
}
