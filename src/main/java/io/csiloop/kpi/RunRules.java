package io.csiloop.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/** Reads a sequence of values against XmR limits with the {@link SignalRule}s. */
public final class RunRules {

    private RunRules() {
    }

    /**
     * Every signal in the values, ordered by first point, then rule. The limits may come from other
     * values (a baseline) than the ones read. A run of eight is reported once however long it is;
     * windows of the same zone rule that overlap are reported as one signal.
     */
    public static List<Signal> signals(double[] values, XmrLimits limits) {
        List<Signal> signals = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] > limits.upperLimit() || values[i] < limits.lowerLimit()) {
                signals.add(new Signal(SignalRule.BEYOND_LIMIT, List.of(i)));
            }
            if (i > 0 && Math.abs(values[i] - values[i - 1]) > limits.upperRangeLimit()) {
                signals.add(new Signal(SignalRule.RANGE_BEYOND_LIMIT, List.of(i - 1, i)));
            }
        }
        for (int side : new int[] {1, -1}) {
            runsOfEight(values, limits.centre(), side, signals);
            zone(values, limits, side, new Zone(SignalRule.TWO_OF_THREE_BEYOND_TWO_SIGMA, 2, 3, 2), signals);
            zone(values, limits, side, new Zone(SignalRule.FOUR_OF_FIVE_BEYOND_ONE_SIGMA, 1, 5, 4), signals);
        }
        signals.sort(Comparator.<Signal>comparingInt(s -> s.points().get(0)).thenComparing(Signal::rule));
        return signals;
    }

    /** {@code needed} of {@code window} successive points more than {@code sigmas} sigma from the centre. */
    private record Zone(SignalRule rule, int sigmas, int window, int needed) {
    }

    private static void runsOfEight(double[] values, double centre, int side, List<Signal> signals) {
        int start = 0;
        for (int i = 0; i <= values.length; i++) {
            if (i < values.length && side * (values[i] - centre) > 0) {
                continue;
            }
            if (i - start >= 8) {
                signals.add(new Signal(SignalRule.RUN_OF_EIGHT, indices(start, i)));
            }
            start = i + 1;
        }
    }

    private static void zone(double[] values, XmrLimits limits, int side, Zone zone, List<Signal> signals) {
        double distance = zone.sigmas() * limits.sigma();
        TreeSet<Integer> cluster = new TreeSet<>();
        int lastFired = -zone.window(); // no window fired yet
        for (int start = 0; start + zone.window() <= values.length; start++) {
            List<Integer> beyond = new ArrayList<>();
            for (int i = start; i < start + zone.window(); i++) {
                if (side * (values[i] - limits.centre()) > distance) {
                    beyond.add(i);
                }
            }
            if (beyond.size() < zone.needed()) {
                continue;
            }
            if (start - lastFired >= zone.window() && !cluster.isEmpty()) {
                signals.add(new Signal(zone.rule(), List.copyOf(cluster)));
                cluster.clear();
            }
            cluster.addAll(beyond);
            lastFired = start;
        }
        if (!cluster.isEmpty()) {
            signals.add(new Signal(zone.rule(), List.copyOf(cluster)));
        }
    }

    private static List<Integer> indices(int from, int to) {
        List<Integer> indices = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            indices.add(i);
        }
        return indices;
    }
}
