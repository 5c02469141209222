package io.csiloop.kpi;

import java.util.List;
import java.util.Objects;

/**
 * A signal found on an XmR chart: the rule that fired, the points that make it and the side it lies on.
 *
 * @param rule the run rule; never null
 * @param points the 0-based indices of the points (in the values the chart was drawn from) that make the
 *     signal, ascending: the point beyond a limit; the two points of a moving range; every point of a run
 *     or a trend; the points beyond the zone in one or more overlapping windows
 * @param side where the signal lies: {@link Side#HIGH} above the centre line (or, for a trend, rising),
 *     {@link Side#LOW} below it (or falling), {@link Side#NONE} for a jump between two points
 */
public record Signal(SignalRule rule, List<Integer> points, Side side) {

    /** Where a signal lies relative to the centre line. */
    public enum Side {
        /** Above the centre line, or a rising trend. */
        HIGH,
        /** Below the centre line, or a falling trend. */
        LOW,
        /** Neither: a moving range beyond its limit says the process jumped, not which way it now lies. */
        NONE;

        /** The side of a sign: +1 is high, -1 low. */
        static Side of(int sign) {
            return sign > 0 ? HIGH : LOW;
        }
    }

    public Signal {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(side, "side");
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a signal has at least one point");
        }
    }

    /** Whether the signal includes the point at the index. */
    public boolean covers(int index) {
        return points.contains(index);
    }
}
