package io.csiloop.view;

import io.csiloop.kpi.KpiValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A sparkline drawn into a 100 × 24 SVG box (y grows downwards): the complete periods' values joined by a line, and
 * the period in progress, when it has a value, drawn apart as the pack's chart draws it: a hollow point joined to the
 * last complete value by a dashed line. The open value shares the scale, so it sits where it would on the line, but
 * it is only what the period shows so far.
 *
 * @param points the polyline points of the complete periods; empty when there is nothing to draw
 * @param openLine the SVG path of the dashed connector to the open period's point; empty without one
 * @param openX the x of the open period's point; empty without one
 * @param openY the y of the open period's point; empty without one
 */
record Sparkline(String points, String openLine, String openX, String openY) {

    static final double WIDTH = 100;
    static final double HEIGHT = 24;
    private static final double MARGIN = 2;

    private static final Sparkline NONE = new Sparkline("", "", "", "");

    /** The sparkline of the complete values, and of the open one if there is one; nothing with fewer than two. */
    static Sparkline of(List<KpiValue> complete, Optional<KpiValue> inProgress) {
        List<KpiValue> drawn = new ArrayList<>(complete);
        inProgress.ifPresent(drawn::add);
        if (drawn.size() < 2 || complete.isEmpty()) {
            return NONE;
        }
        double min = drawn.stream().mapToDouble(KpiValue::value).min().orElseThrow();
        double max = drawn.stream().mapToDouble(KpiValue::value).max().orElseThrow();
        double span = max - min == 0 ? 1 : max - min;
        // Room for the hollow point's radius at the right edge.
        double step = (inProgress.isPresent() ? WIDTH - MARGIN : WIDTH) / (drawn.size() - 1);
        List<String> xy = IntStream.range(0, drawn.size()).mapToObj(i -> number(i * step) + ","
                + number(MARGIN + (HEIGHT - 2 * MARGIN) * (1 - (drawn.get(i).value() - min) / span))).toList();
        String points = String.join(" ", xy.subList(0, complete.size()));
        if (inProgress.isEmpty()) {
            return new Sparkline(points, "", "", "");
        }
        String last = xy.get(complete.size() - 1);
        String[] open = xy.get(complete.size()).split(",");
        return new Sparkline(points, "M" + last + " L" + open[0] + "," + open[1], open[0], open[1]);
    }

    /** The values in words, for people who cannot see the line. */
    static String label(List<KpiValue> complete) {
        return complete.stream().map(v -> Numbers.plain(v.value())).collect(Collectors.joining(", "));
    }

    /**
     * The coordinate to one decimal, as {@code %.1f} writes it, without {@code String.format}: a project page draws a
     * thousand of them, and formatting was a tenth of its rendering time (docs/benchmarks.md "At scale").
     */
    static String number(double value) {
        long tenths = Math.round(Math.abs(value) * 10);
        return (value < 0 && tenths != 0 ? "-" : "") + tenths / 10 + "." + tenths % 10;
    }
}
