package io.csiloop.kpi;

import io.csiloop.measure.RuleProfile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads a sequence of values against XmR limits with the {@link SignalRule}s of a {@link RuleProfile}.
 *
 * <p>Limits of zero width (a constant baseline: average moving range 0) give no signal of the rules that measure
 * distance in sigma (beyond a limit, a jump, the zone rules): with sigma 0 every value off the constant would be
 * "beyond", which says nothing about the process. Runs and trends need no sigma and still apply.
 */
public final class RunRules {

    private RunRules() {
    }

    /** {@link #signals(double[], XmrLimits, RuleProfile)} with the Western Electric rules. */
    public static List<Signal> signals(double[] values, XmrLimits limits) {
        return signals(values, limits, RuleProfile.WESTERN_ELECTRIC);
    }

    /**
     * Every signal of the profile's rules in the values, ordered by first point, then rule. The limits may come
     * from other values (a baseline) than the ones read. A run or trend is reported once however long it is;
     * windows of the same zone rule that overlap are reported as one signal.
     */
    public static List<Signal> signals(double[] values, XmrLimits limits, RuleProfile profile) {
        List<Signal> signals = new ArrayList<>();
        boolean zones = limits.averageMovingRange() > 0;
        if (zones) {
            beyondLimits(values, limits, signals);
        }
        if (zones && profile == RuleProfile.WESTERN_ELECTRIC) {
            jumps(values, limits, signals);
        }
        for (int side : new int[] {1, -1}) {
            switch (profile) {
                case WESTERN_ELECTRIC -> {
                    runs(values, limits.centre(), side, 8, SignalRule.RUN_OF_EIGHT, signals);
                    if (zones) {
                        zone(values, limits, side, new Zone(SignalRule.TWO_OF_THREE_BEYOND_TWO_SIGMA, 2, 3, 2, false),
                                signals);
                        zone(values, limits, side, new Zone(SignalRule.FOUR_OF_FIVE_BEYOND_ONE_SIGMA, 1, 5, 4, false),
                                signals);
                    }
                }
                case MAKING_DATA_COUNT -> {
                    runs(values, limits.centre(), side, 7, SignalRule.SHIFT_OF_SEVEN, signals);
                    trends(values, side, signals);
                    if (zones) {
                        zone(values, limits, side, new Zone(SignalRule.TWO_OF_THREE_NEAR_LIMIT, 2, 3, 2, true),
                                signals);
                    }
                }
                case KPI_SIGNALS -> {
                    runs(values, limits.centre(), side, 7, SignalRule.SHIFT_OF_SEVEN, signals);
                    if (zones) {
                        zone(values, limits, side, new Zone(SignalRule.THREE_OF_FOUR_BEYOND_TWO_SIGMA, 2, 4, 3, true),
                                signals);
                    }
                }
            }
        }
        signals.sort(Comparator.<Signal>comparingInt(s -> s.points().get(0)).thenComparing(Signal::rule));
        return signals;
    }

    /**
     * {@code needed} of {@code window} successive points more than {@code sigmas} sigma from the centre on one
     * side; with {@code wholeWindowOnSide}, every point of the window on that side of the centre as well (Making
     * Data Count and KPI Signals: a point across the centre line breaks the pattern).
     */
    private record Zone(SignalRule rule, int sigmas, int window, int needed, boolean wholeWindowOnSide) {
    }

    private static void beyondLimits(double[] values, XmrLimits limits, List<Signal> signals) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] > limits.upperLimit() || values[i] < limits.lowerLimit()) {
                Signal.Side side = Signal.Side.of(values[i] > limits.centre() ? 1 : -1);
                signals.add(new Signal(SignalRule.BEYOND_LIMIT, List.of(i), side));
            }
        }
    }

    private static void jumps(double[] values, XmrLimits limits, List<Signal> signals) {
        for (int i = 1; i < values.length; i++) {
            if (Math.abs(values[i] - values[i - 1]) > limits.upperRangeLimit()) {
                signals.add(new Signal(SignalRule.RANGE_BEYOND_LIMIT, List.of(i - 1, i), Signal.Side.NONE));
            }
        }
    }

    /** Maximal runs of at least {@code length} points strictly on one side of the centre. */
    private static void runs(double[] values, double centre, int side, int length, SignalRule rule,
            List<Signal> signals) {
        int start = 0;
        for (int i = 0; i <= values.length; i++) {
            if (i < values.length && side * (values[i] - centre) > 0) {
                continue;
            }
            if (i - start >= length) {
                signals.add(new Signal(rule, indices(start, i), Signal.Side.of(side)));
            }
            start = i + 1;
        }
    }

    /** Maximal runs of at least 7 points each strictly higher (side 1) or lower (side -1) than the one before. */
    private static void trends(double[] values, int side, List<Signal> signals) {
        int start = 0;
        for (int i = 1; i <= values.length; i++) {
            if (i < values.length && side * (values[i] - values[i - 1]) > 0) {
                continue;
            }
            if (i - start >= 7) {
                signals.add(new Signal(SignalRule.TREND_OF_SEVEN, indices(start, i), Signal.Side.of(side)));
            }
            start = i; // the point that broke the trend may begin the next one
        }
    }

    private static void zone(double[] values, XmrLimits limits, int side, Zone zone, List<Signal> signals) {
        double distance = zone.sigmas() * limits.sigma();
        TreeSet<Integer> cluster = new TreeSet<>();
        int lastFired = -zone.window(); // no window fired yet
        for (int start = 0; start + zone.window() <= values.length; start++) {
            List<Integer> beyond = new ArrayList<>();
            boolean onSide = true;
            for (int i = start; i < start + zone.window(); i++) {
                double offset = side * (values[i] - limits.centre());
                onSide &= offset > 0;
                if (offset > distance) {
                    beyond.add(i);
                }
            }
            if (beyond.size() < zone.needed() || (zone.wholeWindowOnSide() && !onSide)) {
                continue;
            }
            if (start - lastFired >= zone.window() && !cluster.isEmpty()) {
                signals.add(new Signal(zone.rule(), List.copyOf(cluster), Signal.Side.of(side)));
                cluster.clear();
            }
            cluster.addAll(beyond);
            lastFired = start;
        }
        if (!cluster.isEmpty()) {
            signals.add(new Signal(zone.rule(), List.copyOf(cluster), Signal.Side.of(side)));
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
