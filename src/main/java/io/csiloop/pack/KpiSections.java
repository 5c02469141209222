package io.csiloop.pack;

import io.csiloop.kpi.BeforeAfter;
import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Signal;
import io.csiloop.kpi.SignalMeaning;
import io.csiloop.kpi.SignalRule;
import io.csiloop.kpi.PhasedChart;
import io.csiloop.kpi.XmrLimits;
import io.csiloop.measure.MeasurementDefinition;

import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

/** The KPI parts of a pack: the table at a glance, the before/after table and one section per KPI with its chart. */
final class KpiSections {

    private static final String DASH = "\u2014";

    private KpiSections() {
    }

    static void glance(Page page, PackContent content) {
        page.element("h2", null, page.msg("csiloop.pack.glance.heading"));
        page.markup("<table><thead><tr>");
        for (String column : new String[] {"kpi", "latest", "target", "status", "gap", "trend"}) {
            page.element("th", null, page.msg("csiloop.pack.col." + column));
        }
        page.markup("</tr></thead><tbody>");
        for (PackKpi kpi : content.kpis()) {
            MeasurementDefinition d = kpi.definition();
            KpiReading reading = kpi.reading(content.producedAt());
            Optional<KpiValue> latest = reading.latest();
            KpiStatus status = reading.status();
            page.markup("<tr>").element("td", null, d.name());
            page.element("td", "num", latest.map(v -> withUnit(v.value(), d)).orElse(DASH));
            page.element("td", "num", target(d));
            page.element("td", status.name(), page.msg(status.messageKey()));
            page.element("td", "num", reading.gap().filter(g -> d.target() != null)
                    .map(g -> Xhtml.number(g.absolute())).orElse(DASH));
            page.element("td", "num", reading.trend().map(t -> Xhtml.number(t.slopePerPeriod())).orElse(DASH));
            page.markup("</tr>");
        }
        page.markup("</tbody></table>\n");
    }

    static void beforeAfter(Page page, PackContent content) {
        page.element("h2", null, page.msg("csiloop.pack.beforeAfter.heading"));
        if (content.kpis().stream().allMatch(k -> k.beforeAfter().isEmpty())) {
            page.element("p", "muted", page.msg("csiloop.pack.beforeAfter.none"));
            return;
        }
        page.markup("<table><thead><tr>");
        for (String column : new String[] {"kpi", "before", "after", "shift", "test", "verdict"}) {
            page.element("th", null, page.msg("csiloop.pack.col." + column));
        }
        page.markup("</tr></thead><tbody>");
        for (PackKpi kpi : content.kpis()) {
            if (kpi.beforeAfter().isEmpty()) {
                // the row still says why there is no verdict (no go-live yet, no complete period since)
                page.markup("<tr>").element("td", null, kpi.definition().name());
                for (int column = 0; column < 4; column++) {
                    page.element("td", "num", DASH);
                }
                page.element("td", "muted", page.words(kpi.verdict().reasons())).markup("</tr>");
            } else {
                BeforeAfter result = kpi.beforeAfter().get();
                page.markup("<tr>").element("td", null, kpi.definition().name());
                page.element("td", "num", Xhtml.number(result.meanBefore()));
                page.element("td", "num", Xhtml.number(result.meanAfter()));
                // The column is headed "Shift": the cell is the number and its interval, so narrow it never splits one.
                page.element("td", null, result.shiftEstimate().map(s -> page.msg("csiloop.pack.shift.cell",
                        signed(s.estimate()), Xhtml.number(100 * s.confidenceLevel()), signed(s.lower()),
                        signed(s.upper()))).orElse(signed(result.shift())));
                page.element("td", null, page.msg("csiloop.kpi.test.words", result.test().pInWords(),
                        result.test().method().words()));
                page.element("td", result.verdict().name(), page.words(kpi.verdict().reasons()));
                page.markup("</tr>");
            }
        }
        page.markup("</tbody></table>\n");
    }

    /** A shift with its sign, so that a rise and a fall read apart. */
    private static String signed(double value) {
        String number = Xhtml.number(value);
        return value > 0 && !"0".equals(number) ? "+" + number : number;
    }

    static void details(Page page, PackContent content) {
        page.element("h2", null, page.msg("csiloop.pack.details.heading"));
        for (PackKpi kpi : content.kpis()) {
            detail(page, kpi, content.producedAt());
        }
    }

    private static void detail(Page page, PackKpi kpi, Instant producedAt) {
        MeasurementDefinition d = kpi.definition();
        KpiReading reading = kpi.reading(producedAt);
        Optional<PhasedChart> chart = reading.chart();
        Optional<XmrLimits> limits = chart.flatMap(PhasedChart::limits);
        page.markup("<div class=\"kpi\"><div class=\"chart\">").element("h3", null, d.name() + " (" + d.key() + ")");
        page.element("p", "muted", page.msg(d.direction().messageKey()) + " \u00b7 "
                + page.msg("csiloop.pack.detail.target", target(d)) + " \u00b7 "
                + page.msg("csiloop.pack.detail.rules", page.msg(d.ruleProfile().messageKey())));
        KpiChart.Words words = new KpiChart.Words(page.msg("csiloop.pack.chart.trial"),
                g -> page.msg("csiloop.pack.chart.goLive", g.issueKey()));
        String png = Base64.getEncoder().encodeToString(KpiChart.png(reading.values(), reading.inProgress(), d.target(),
                chart, words));
        page.markup("<img src=\"data:image/png;base64," + png + "\" alt=\"")
                .escaped(page.msg("csiloop.pack.chart.alt", d.name())).markup("\"/>");
        page.markup("<p class=\"legend\">");
        legend(page, KpiChart.VALUES, "\u25cf", page.msg("csiloop.pack.legend.values"));
        legend(page, KpiChart.TARGET, "- -", page.msg("csiloop.pack.legend.target"));
        legend(page, KpiChart.CENTRE, "\u2014", page.msg("csiloop.pack.legend.centre"));
        legend(page, KpiChart.LIMITS, "- -", page.msg("csiloop.pack.legend.limits"));
        reading.inProgress().ifPresent(v -> legend(page, KpiChart.VALUES, "\u25cb",
                page.msg("csiloop.pack.legend.inProgress", v.period().label())));
        chart.filter(c -> !c.changePoints().isEmpty()).ifPresent(c -> legend(page, KpiChart.CHANGE, "¦",
                page.msg("csiloop.pack.legend.goLive")));
        page.markup("</p></div>");
        page.element("p", null, limits.map(l -> page.msg("csiloop.pack.detail.limits", Xhtml.number(l.lowerLimit()),
                Xhtml.number(l.upperLimit()), Xhtml.number(l.centre())))
                .orElse(page.msg("csiloop.pack.detail.noLimits")));
        chart.ifPresent(c -> phases(page, c));
        reading.trend().ifPresent(t -> page.element("p", null, page.msg("csiloop.pack.detail.trend",
                Xhtml.number(t.slopePerPeriod()), t.valueCount()) + " " + page.msg(t.forecast().messageKey(),
                t.forecast().argument(v -> withUnit(v, d)))));
        chart.ifPresent(c -> signals(page, c));
        page.markup("</div>\n");
    }

    /**
     * The phases in words when there is more than one or the one there is has trial limits, and the rebases the
     * chart suggests (a person approves them; the pack only reports them).
     */
    private static void phases(Page page, PhasedChart chart) {
        if (chart.phases().size() > 1 || chart.phases().stream().anyMatch(p -> p.trial())) {
            page.markup("<ul>");
            chart.phases().forEach(p -> page.element("li", null, p.limits().map(l -> page.msg(
                    p.trial() ? "csiloop.pack.detail.phase.trial" : "csiloop.pack.detail.phase", p.firstPeriod().label(),
                    p.lastPeriod().label(), Xhtml.number(l.lowerLimit()), Xhtml.number(l.upperLimit()),
                    Xhtml.number(l.centre()), p.baselinePeriods()))
                    .orElse(page.msg("csiloop.pack.detail.phase.noLimits", p.firstPeriod().label()))
                    + p.rebase().map(r -> " " + page.msg("csiloop.pack.detail.phase.rebase", r.reason())).orElse("")));
            page.markup("</ul>");
        }
        chart.rebaseSuggestions().forEach(s -> page.element("p", null, page.msg("csiloop.pack.detail.suggestion",
                s.goLive().issueKey(), s.shiftFrom().label(), s.shiftTo().label())));
    }

    private static void signals(Page page, PhasedChart chart) {
        // The two icons in words: the latest point's variation and the target against the limits.
        chart.variation().ifPresent(v -> page.element("p", null, page.msg("csiloop.pack.detail.variation",
                page.msg(v.messageKey()))));
        chart.assurance().ifPresent(a -> page.element("p", null, page.msg("csiloop.pack.detail.assurance",
                page.msg(a.messageKey()))));
        if (chart.signals().isEmpty()) {
            page.element("p", null, page.msg("csiloop.pack.detail.noSignals"));
            return;
        }
        // One line per meaning and rule with how often it fired: a long shift makes the same rule fire at many
        // points, and a rise is an improvement or a concern by the measure's direction, never just "a signal".
        Map<SignalMeaning, Map<SignalRule, Long>> fired = chart.signals().stream().collect(Collectors.groupingBy(
                chart::meaning, () -> new EnumMap<>(SignalMeaning.class), Collectors.groupingBy(Signal::rule,
                        () -> new EnumMap<>(SignalRule.class), Collectors.counting())));
        page.element("p", null, page.msg("csiloop.pack.detail.signals")).markup("<ul>");
        fired.forEach((meaning, rules) -> rules.forEach((rule, count) -> page.element("li", null,
                page.msg(meaning.messageKey()) + ": " + page.msg("csiloop.pack.detail.signal",
                        page.msg(rule.messageKey()), count))));
        page.markup("</ul>");
    }

    private static void legend(Page page, java.awt.Color color, String mark, String label) {
        page.markup(String.format("<span><b style=\"color: #%06X\">", color.getRGB() & 0xFFFFFF))
                .escaped(mark).markup("</b> ").escaped(label).markup("</span>");
    }

    private static String target(MeasurementDefinition d) {
        if (d.target() != null) {
            return withUnit(d.target(), d);
        }
        return d.band() == null ? DASH : Xhtml.number(d.band().low()) + " \u2013 " + withUnit(d.band().high(), d);
    }

    private static String withUnit(double value, MeasurementDefinition d) {
        return d.unit().isBlank() ? Xhtml.number(value) : Xhtml.number(value) + " " + d.unit();
    }
}
