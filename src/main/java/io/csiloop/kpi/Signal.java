package io.csiloop.kpi;

import java.util.List;
import java.util.Objects;

/**
 * A signal found on an XmR chart: the rule that fired and the points that make it.
 *
 * @param rule the run rule; never null
 * @param points the 0-based indices of the points (in the values the chart was drawn from) that make the
 *     signal, ascending: the point beyond a limit; the two points of a moving range; every point of a run
 *     of eight or more; the points beyond the zone in one or more overlapping windows of 3 or 5
 */
public record Signal(SignalRule rule, List<Integer> points) {

    public Signal {
        Objects.requireNonNull(rule, "rule");
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a signal has at least one point");
        }
    }
}
