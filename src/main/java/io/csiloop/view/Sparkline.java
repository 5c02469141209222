package io.csiloop.view;

import io.csiloop.kpi.KpiValue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A sparkline's SVG polyline points for a series of values, drawn into a 100 × 24 box (y grows downwards). */
final class Sparkline {

    static final double WIDTH = 100;
    static final double HEIGHT = 24;
    private static final double MARGIN = 2;

    private Sparkline() {
    }

    /** The points, or empty when there are fewer than two values to join. */
    static String points(List<KpiValue> values) {
        if (values.size() < 2) {
            return "";
        }
        double min = values.stream().mapToDouble(KpiValue::value).min().orElseThrow();
        double max = values.stream().mapToDouble(KpiValue::value).max().orElseThrow();
        double span = max - min == 0 ? 1 : max - min;
        double step = WIDTH / (values.size() - 1);
        return IntStream.range(0, values.size()).mapToObj(i -> String.format(Locale.ROOT, "%.1f,%.1f", i * step,
                        MARGIN + (HEIGHT - 2 * MARGIN) * (1 - (values.get(i).value() - min) / span)))
                .collect(Collectors.joining(" "));
    }
}
