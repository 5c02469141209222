package io.csiloop.pack;

import io.csiloop.kpi.GoLive;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Phase;
import io.csiloop.kpi.PhasedChart;
import io.csiloop.kpi.XmrLimits;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A KPI's chart drawn on the server as a PNG: the values per period, the target, the centre line and the natural
 * process limits. A PNG rather than inline SVG because openhtmltopdf draws SVG only with its Batik plugin, which
 * would add megabytes to the plugin; the same image serves the HTML page and the PDF. Besides numbers it carries
 * only the words the page hands it, translated there: "trial" on trial limits and each go-live's label.
 *
 * <p>Each phase's limits are drawn over its own periods only, so a rebase shows as a step with a gap between the
 * old limits and the new; each go-live is a vertical dashed marker (a change point does not by itself redraw the
 * limits).
 */
final class KpiChart {

    static final Color VALUES = new Color(0x0052CC);
    static final Color TARGET = new Color(0x00875A);
    static final Color LIMITS = new Color(0xDE350B);
    static final Color CENTRE = new Color(0x6B778C);
    static final Color CHANGE = new Color(0x5243AA);
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 360;
    private static final int LEFT = 110;
    private static final int RIGHT = 24;
    private static final int TOP = 20;
    private static final int BOTTOM = 34;

    private KpiChart() {
    }

    /**
     * The chart as PNG bytes; without values, an empty frame. The value of the period in progress, if any, is drawn
     * after the others apart: a hollow point joined by a dashed line (it is not part of the limits).
     */
    static byte[] png(List<KpiValue> values, Optional<KpiValue> inProgress, Double target,
            Optional<PhasedChart> chart, Words words) {
        List<KpiValue> drawn = new ArrayList<>(values);
        inProgress.ifPresent(drawn::add);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            List<XmrLimits> limits = chart.map(c -> c.phases().stream().flatMap(p -> p.limits().stream()).toList())
                    .orElse(List.of());
            Scale scale = Scale.of(drawn, target, limits);
            axes(g, scale);
            chart.ifPresent(c -> c.phases().forEach(p -> phase(g, scale, p, drawn.size(), words)));
            if (target != null) {
                line(g, scale, target, TARGET, true);
            }
            chart.ifPresent(c -> c.changePoints().forEach(goLive -> changePoint(g, scale, goLive, drawn, words)));
            series(g, scale, drawn, inProgress.isPresent());
            periods(g, drawn);
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    private static void axes(Graphics2D g, Scale scale) {
        g.setColor(CENTRE);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new Line2D.Double(LEFT, TOP, LEFT, HEIGHT - BOTTOM));
        g.draw(new Line2D.Double(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
        for (double tick : List.of(scale.min, (scale.min + scale.max) / 2, scale.max)) {
            String label = Xhtml.number(tick);
            int y = (int) scale.y(tick);
            g.drawString(label, LEFT - 10 - g.getFontMetrics().stringWidth(label), y + 7);
        }
    }

    /** The first and the last period under the x axis, as ISO dates: numbers, not words. */
    private static void periods(Graphics2D g, List<KpiValue> values) {
        if (values.isEmpty()) {
            return;
        }
        g.setColor(CENTRE);
        String first = values.get(0).period().firstDay().toString();
        String last = values.get(values.size() - 1).period().firstDay().toString();
        g.drawString(first, LEFT, HEIGHT - 6);
        g.drawString(last, WIDTH - RIGHT - g.getFontMetrics().stringWidth(last), HEIGHT - 6);
    }

    /** The words the chart is given, translated by the page. */
    record Words(String trial, Function<GoLive, String> goLive) {
    }

    private static void line(Graphics2D g, Scale scale, double value, Color color, boolean dashed) {
        segment(g, scale, value, color, dashed, LEFT, WIDTH - RIGHT);
    }

    private static void segment(Graphics2D g, Scale scale, double value, Color color, boolean dashed, double from,
            double to) {
        Stroke stroke = dashed ? new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {12f, 8f}, 0f) : new BasicStroke(2f);
        g.setStroke(stroke);
        g.setColor(color);
        double y = scale.y(value);
        g.draw(new Line2D.Double(from, y, to, y));
    }

    /**
     * A phase's centre line and limits over its own periods, from half a step before its first to half a step after
     * its last (less a small gap, so that a rebase reads as a break); "trial" above trial limits.
     */
    private static void phase(Graphics2D g, Scale scale, Phase phase, int count, Words words) {
        if (phase.limits().isEmpty()) {
            return;
        }
        XmrLimits l = phase.limits().get();
        double half = count > 1 ? (scale.x(1, count) - scale.x(0, count)) / 2 : 0;
        double from = phase.from() == 0 ? LEFT : scale.x(phase.from(), count) - half + 4;
        double to = phase.to() >= count ? WIDTH - RIGHT : scale.x(phase.to() - 1, count) + half - 4;
        segment(g, scale, l.centre(), CENTRE, false, from, to);
        segment(g, scale, l.upperLimit(), LIMITS, true, from, to);
        segment(g, scale, l.lowerLimit(), LIMITS, true, from, to);
        if (phase.trial()) {
            g.setColor(LIMITS);
            g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 18));
            // At the segment's right end: its left end is where a go-live's label sits.
            float width = g.getFontMetrics().stringWidth(words.trial());
            g.drawString(words.trial(), (float) to - width - 6, (float) scale.y(l.upperLimit()) - 6);
        }
    }

    /**
     * A go-live: a vertical dashed line at its period (between two drawn periods when its own has no value),
     * labelled at the top.
     */
    private static void changePoint(Graphics2D g, Scale scale, GoLive goLive, List<KpiValue> values, Words words) {
        int after = 0;
        while (after < values.size() && !values.get(after).period().end().isAfter(goLive.at())) {
            after++;
        }
        if (after == values.size()) {
            return;
        }
        double x = values.get(after).period().contains(goLive.at()) || after == 0 ? scale.x(after, values.size())
                : (scale.x(after - 1, values.size()) + scale.x(after, values.size())) / 2;
        g.setColor(CHANGE);
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 6f}, 0f));
        g.draw(new Line2D.Double(x, TOP, x, HEIGHT - BOTTOM));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        String label = words.goLive().apply(goLive);
        double width = g.getFontMetrics().stringWidth(label);
        g.drawString(label, (float) Math.min(x + 6, WIDTH - RIGHT - width), TOP + 18);
    }

    /** The values joined by a line; with {@code lastOpen}, the last one is in progress and drawn apart. */
    private static void series(Graphics2D g, Scale scale, List<KpiValue> values, boolean lastOpen) {
        if (values.isEmpty()) {
            return;
        }
        Path2D.Double path = new Path2D.Double();
        List<double[]> dots = new ArrayList<>();
        int closed = lastOpen ? values.size() - 1 : values.size();
        for (int i = 0; i < closed; i++) {
            double x = scale.x(i, values.size());
            double y = scale.y(values.get(i).value());
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
            dots.add(new double[] {x, y});
        }
        g.setColor(VALUES);
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
        int r = values.size() > 60 ? 2 : 5;
        for (double[] dot : dots) {
            g.fillOval((int) dot[0] - r, (int) dot[1] - r, 2 * r, 2 * r);
        }
        if (lastOpen) {
            double x = scale.x(values.size() - 1, values.size());
            double y = scale.y(values.get(values.size() - 1).value());
            g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f},
                    0f));
            if (!dots.isEmpty()) {
                double[] previous = dots.get(dots.size() - 1);
                g.draw(new Line2D.Double(previous[0], previous[1], x, y));
            }
            int open = Math.max(r, 5);
            g.setColor(Color.WHITE);
            g.fillOval((int) x - open, (int) y - open, 2 * open, 2 * open);
            g.setColor(VALUES);
            g.setStroke(new BasicStroke(2.5f));
            g.drawOval((int) x - open, (int) y - open, 2 * open, 2 * open);
        }
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a PNG written to memory cannot fail", e);
        }
    }

    /** The value range shown: every value, the target and the limits, with a margin. */
    private record Scale(double min, double max) {

        static Scale of(List<KpiValue> values, Double target, List<XmrLimits> limits) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            List<Double> shown = new ArrayList<>();
            values.forEach(v -> shown.add(v.value()));
            if (target != null) {
                shown.add(target);
            }
            limits.forEach(l -> shown.addAll(List.of(l.lowerLimit(), l.upperLimit())));
            for (double v : shown) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (shown.isEmpty()) {
                return new Scale(0, 1);
            }
            double margin = max > min ? (max - min) * 0.08 : Math.max(1, Math.abs(max) * 0.1);
            return new Scale(min - margin, max + margin);
        }

        double y(double value) {
            return TOP + (max - value) / (max - min) * (HEIGHT - TOP - BOTTOM);
        }

        double x(int index, int count) {
            double width = WIDTH - LEFT - RIGHT - 20;
            return LEFT + 10 + (count == 1 ? width / 2 : width * index / (count - 1));
        }
    }
}
