package io.csiloop.view;

import io.csiloop.application.kpi.KpiReadings;
import io.csiloop.application.kpi.MeasureReading;
import io.csiloop.kernel.MessageSource;
import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.PhasedChart;
import io.csiloop.kpi.VariationIcon;
import io.csiloop.measure.MeasurementDefinition;

import java.util.List;
import java.util.Optional;

/**
 * The KPI rows of a project's or an Improvement's measurements: each one's {@link KpiReading} now, read live from
 * its data points (not from the last snapshot), so that a value recorded a moment ago shows at once. A row shows the
 * latest complete period's value and status, a sparkline of the values the trend is fitted to, in the reporting
 * zone, with the period in progress drawn apart, and what the trend forecasts; the snapshots, the REST API and the pack read the same.
 */
public final class KpiTable {

    private final KpiReadings readings;

    public KpiTable(KpiReadings readings) {
        this.readings = readings;
    }

    /** The rows of every measure of the project (the project page). */
    public List<KpiRow> ofProject(long projectId, MessageSource messages) {
        return rows(readings.ofProject(projectId), messages);
    }

    /** The rows of the measures the Improvement owns (its issue panel). */
    public List<KpiRow> ofImprovement(long issueId, MessageSource messages) {
        return rows(readings.ofImprovement(issueId), messages);
    }

    /** The rows of measures already read. */
    static List<KpiRow> rows(List<MeasureReading> measures, MessageSource messages) {
        return measures.stream().map(m -> row(m, messages)).toList();
    }

    private static KpiRow row(MeasureReading measure, MessageSource messages) {
        MeasurementDefinition d = measure.definition().definition();
        KpiReading reading = measure.reading();
        KpiValue latest = reading.latest().orElse(null);
        KpiStatus status = reading.status();
        // Only the period in progress has values: no status yet, and the row says why rather than "No data".
        String statusLabel = status == KpiStatus.NO_DATA && reading.inProgress().isPresent()
                ? messages.text("csiloop.ui.kpi.noCompletePeriod", List.of())
                : messages.text(status.messageKey(), List.of());
        List<KpiValue> recent = reading.trendValues();
        Sparkline sparkline = Sparkline.of(recent, reading.inProgress());
        String inProgress = reading.inProgress().map(v -> messages.text("csiloop.ui.kpi.inProgress",
                List.of(Numbers.withUnit(v.value(), d.unit()), v.period().label()))).orElse("");
        String sparklineLabel = inProgress.isEmpty() ? Sparkline.label(recent)
                : messages.text("csiloop.ui.kpi.sparklineOpen", List.of(Sparkline.label(recent), inProgress));
        String forecast = reading.trend().map(t -> messages.text(t.forecast().messageKey(),
                List.of(t.forecast().argument(v -> Numbers.withUnit(v, d.unit()))))).orElse("");
        Optional<PhasedChart> chart = reading.chart();
        Optional<VariationIcon> variation = chart.flatMap(PhasedChart::variation);
        return new KpiRow(measure.definition().id(), d.key(), d.name(), d.unit(),
                latest == null ? "" : Numbers.withUnit(latest.value(), d.unit()),
                latest == null ? "" : latest.period().label(), Numbers.target(d),
                statusLabel, style(status), sparkline.points(), sparkline.openLine(), sparkline.openX(),
                sparkline.openY(), sparklineLabel, inProgress, forecast,
                variation.map(v -> messages.text(v.messageKey(), List.of())).orElse(""),
                variation.map(KpiTable::variationStyle).orElse(""),
                chart.flatMap(PhasedChart::assurance).map(a -> messages.text(a.messageKey(), List.of())).orElse(""),
                messages.text("csiloop.ui.kpi.rules", List.of(messages.text(d.ruleProfile().messageKey(), List.of()))));
    }

    /** The colour of a variation icon: what a special cause means for the measure; none for common cause. */
    private static String variationStyle(VariationIcon icon) {
        String name = icon.name();
        return name.startsWith("IMPROVEMENT") ? "improvement" : name.startsWith("CONCERN") ? "concern"
                : name.startsWith("NEUTRAL") ? "neutral" : "";
    }

    static String style(KpiStatus status) {
        return switch (status) {
            case ON_TARGET -> "success";
            case NEAR_TARGET -> "moved";
            case OFF_TARGET -> "error";
            case NO_DATA -> "";
        };
    }

}
