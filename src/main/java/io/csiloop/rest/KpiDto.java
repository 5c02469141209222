package io.csiloop.rest;

import io.csiloop.application.kpi.KpiAnalysis;
import io.csiloop.kpi.Forecast;
import io.csiloop.kpi.Gap;
import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.ShiftEstimate;
import io.csiloop.kpi.Signal;
import io.csiloop.kpi.SignalRule;
import io.csiloop.kpi.Trend;
import io.csiloop.kpi.XmrChart;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.StoredDefinition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The KPI of one measurement definition over a time range, periods read in a time zone: each period's value with
 * its status and gap, and the KPI reading at the range's end (the one the panels, snapshots and pack show): the
 * latest period with its status and progress from the baseline, the trend with its forecast, and the XmR control
 * chart with its signals. Absent parts are null (no data, too few periods).
 *
 * <p>The period still open at the range's end is in progress: flagged so in {@code periods}, given apart as
 * {@code inProgress}, and left out of {@code latest}, the status, the trend and the chart, which read the last
 * complete period (a measure with only an open period has status {@code NO_DATA} until it closes).
 */
public record KpiDto(int definitionId, String key, String unit, String zone, String from, String to,
        List<PeriodDto> periods, PeriodDto latest, PeriodDto inProgress, KpiStatus status, Double progress,
        TrendDto trend, ChartDto chart) implements JsonBody {

    static KpiDto of(StoredDefinition stored, KpiAnalysis.Range range, ApiMessages messages) {
        MeasurementDefinition definition = stored.definition();
        KpiReading reading = range.reading();
        return new KpiDto(stored.id(), definition.key(), definition.unit(), range.zone().getId(),
                range.from().toString(), range.to().toString(),
                range.periods().stream().map(v -> PeriodDto.of(definition, v, v.period().end().isAfter(range.to())))
                        .toList(),
                reading.latest().map(v -> PeriodDto.of(definition, v, false)).orElse(null),
                reading.inProgress().map(v -> PeriodDto.of(definition, v, true)).orElse(null), reading.status(),
                reading.progress().isPresent() ? reading.progress().getAsDouble() : null,
                reading.trend().map(t -> TrendDto.of(t, messages)).orElse(null),
                reading.chart().map(c -> ChartDto.of(c, reading.values(), messages)).orElse(null));
    }

    /**
     * One period's KPI value; instants are ISO-8601 in UTC, the label is the period's name in the zone.
     *
     * @param status the value's status against the target; for a period in progress, what it reads so far (the
     *     KPI's status is that of the last complete period)
     * @param inProgress whether the period had not ended at the range's end: drawn apart, read nowhere else
     */
    public record PeriodDto(String label, String start, String end, double value, int sampleCount,
            KpiStatus status, double gap, Double gapPercent, boolean inProgress) implements JsonBody {

        static PeriodDto of(MeasurementDefinition definition, KpiValue value, boolean inProgress) {
            Gap gap = Gap.of(definition, value.value());
            return new PeriodDto(value.period().label(), value.period().start().toString(),
                    value.period().end().toString(), value.value(), value.sampleCount(),
                    KpiStatus.of(definition, value), gap.absolute(),
                    gap.percentOfTarget().isPresent() ? gap.percentOfTarget().getAsDouble() : null, inProgress);
        }
    }

    /**
     * The least-squares trend of the reading's trend window.
     *
     * @param forecastPeriod the label of the period in which the target is reached; null unless {@code REACHED_IN}
     * @param forecastMessage the forecast in English
     */
    public record TrendDto(double slopePerPeriod, double intercept, String firstPeriod, String lastPeriod,
            int valueCount, Forecast.Outcome forecast, String forecastPeriod, String forecastMessage)
            implements JsonBody {

        static TrendDto of(Trend t, ApiMessages messages) {
            String period = t.forecast().period().map(Period::label).orElse(null);
            return new TrendDto(t.slopePerPeriod(), t.intercept(), t.first().label(), t.last().label(),
                    t.valueCount(), t.forecast().outcome(), period,
                    messages.text(t.forecast().outcome().messageKey(), List.of(period == null ? "" : period)));
        }
    }

    /**
     * The XmR chart of the reading's chart window: its lines, the first and last period it is drawn from, and the
     * signals its run rules found.
     */
    public record ChartDto(double centre, double lowerLimit, double upperLimit, double averageMovingRange,
            double upperRangeLimit, String firstPeriod, String lastPeriod, List<SignalDto> signals)
            implements JsonBody {

        static ChartDto of(XmrChart c, List<KpiValue> values, ApiMessages messages) {
            return new ChartDto(c.limits().centre(), c.limits().lowerLimit(), c.limits().upperLimit(),
                    c.limits().averageMovingRange(), c.limits().upperRangeLimit(), values.get(0).period().label(),
                    values.get(values.size() - 1).period().label(), SignalDto.of(c.signals(), values, messages));
        }
    }

    /** A signal: the rule, its description, and the labels of the periods that make it. */
    public record SignalDto(SignalRule rule, String description, List<String> periods) implements JsonBody {

        /** The signals, their points being indices into {@code values}. */
        static List<SignalDto> of(List<Signal> signals, List<KpiValue> values, ApiMessages messages) {
            return signals.stream().map(s -> new SignalDto(s.rule(), messages.text(s.rule().messageKey(), List.of()),
                    s.points().stream().map(i -> values.get(i).period().label()).toList())).toList();
        }
    }

    /**
     * The Hodges-Lehmann estimate of after - before (the median of all pairwise differences) with its confidence
     * interval, as R's {@code wilcox.test(after, before, conf.int = TRUE)} gives them.
     *
     * @param confidenceLevel 0.95, lower only where the exact interval cannot reach it (as R lowers it)
     * @param method "exact" or "normal approximation"
     * @param message the shift and its interval in words
     */
    public record ShiftEstimateDto(double estimate, double lower, double upper, double confidenceLevel,
            String method, String message) implements JsonBody {

        static ShiftEstimateDto of(ShiftEstimate shift, ApiMessages messages) {
            return new ShiftEstimateDto(shift.estimate(), shift.lower(), shift.upper(), shift.confidenceLevel(),
                    shift.method().words(), messages.text("csiloop.kpi.shift.words", List.of(words(shift.estimate()),
                            words(100 * shift.confidenceLevel()), words(shift.lower()), words(shift.upper()))));
        }
    }

    /** A number in a sentence: four significant digits, no grouping. */
    private static String words(double value) {
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
