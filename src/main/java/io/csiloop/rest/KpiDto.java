package io.csiloop.rest;

import io.csiloop.application.kpi.KpiAnalysis;
import io.csiloop.kpi.AssuranceIcon;
import io.csiloop.kpi.Forecast;
import io.csiloop.kpi.Gap;
import io.csiloop.kpi.GoLive;
import io.csiloop.kpi.KpiReading;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.Phase;
import io.csiloop.kpi.PhasedChart;
import io.csiloop.kpi.RebaseSuggestion;
import io.csiloop.kpi.ShiftEstimate;
import io.csiloop.kpi.Signal;
import io.csiloop.kpi.SignalMeaning;
import io.csiloop.kpi.SignalRule;
import io.csiloop.kpi.Trend;
import io.csiloop.kpi.VariationIcon;
import io.csiloop.kpi.XmrLimits;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.RuleProfile;
import io.csiloop.measure.StoredDefinition;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
                reading.trend().map(t -> TrendDto.of(t, definition.unit(), messages)).orElse(null),
                reading.chart().map(c -> ChartDto.of(c, messages)).orElse(null));
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
     * The least-squares trend of the reading's trend window, whether it is real, and its forecast.
     *
     * @param slopePValue the two-sided p-value of the slope's t-test; null with 2 values
     * @param realTrend whether the slope is significant at 0.05 or the values hold a trend run (7 in a row each
     *     strictly higher, or lower, than the one before); only a real trend forecasts a date
     * @param forecastPeriod the label of the period in which the target is reached; null unless {@code REACHED_IN}
     * @param stableAround the mean of the fitted values a stable process delivers; null unless {@code STABLE_AROUND}
     * @param forecastMessage the forecast in English
     */
    public record TrendDto(double slopePerPeriod, double intercept, String firstPeriod, String lastPeriod,
            int valueCount, Double slopePValue, boolean realTrend, Forecast.Outcome forecast, String forecastPeriod,
            Double stableAround, String forecastMessage) implements JsonBody {

        static TrendDto of(Trend t, String unit, ApiMessages messages) {
            Forecast f = t.forecast();
            return new TrendDto(t.slopePerPeriod(), t.intercept(), t.first().label(), t.last().label(),
                    t.valueCount(), t.slopePValue().isPresent() ? t.slopePValue().getAsDouble() : null, t.realTrend(),
                    f.outcome(), f.period().map(Period::label).orElse(null),
                    f.stableAround().isPresent() ? f.stableAround().getAsDouble() : null,
                    messages.text(f.messageKey(), List.of(f.argument(v -> unit.isBlank() ? words(v)
                            : words(v) + " " + unit))));
        }
    }

    /**
     * The XmR chart of the reading's chart window in its phases: the lines of the latest phase (what the latest value
     * is read against; null while it has a single value), the first and last period it is drawn from, every phase's
     * signals, the phases with their own limits, the go-lives marked on it and the rebases it suggests.
     */
    public record ChartDto(RuleProfile ruleProfile, String ruleProfileName, VariationIcon variation,
            String variationMessage, AssuranceIcon assurance, String assuranceMessage, Double centre,
            Double lowerLimit, Double upperLimit, Double averageMovingRange,
            Double upperRangeLimit, String firstPeriod, String lastPeriod, List<SignalDto> signals,
            List<PhaseDto> phases, List<ChangePointDto> changePoints, List<RebaseSuggestionDto> rebaseSuggestions)
            implements JsonBody {

        static ChartDto of(PhasedChart c, ApiMessages messages) {
            List<KpiValue> values = c.values();
            Optional<XmrLimits> limits = c.limits();
            Optional<VariationIcon> variation = c.variation();
            Optional<AssuranceIcon> assurance = c.assurance();
            return new ChartDto(c.profile(), messages.text(c.profile().messageKey(), List.of()),
                    variation.orElse(null), variation.map(v -> messages.text(v.messageKey(), List.of())).orElse(null),
                    assurance.orElse(null), assurance.map(a -> messages.text(a.messageKey(), List.of())).orElse(null),
                    limits.map(XmrLimits::centre).orElse(null),
                    limits.map(XmrLimits::lowerLimit).orElse(null), limits.map(XmrLimits::upperLimit).orElse(null),
                    limits.map(XmrLimits::averageMovingRange).orElse(null),
                    limits.map(XmrLimits::upperRangeLimit).orElse(null), values.get(0).period().label(),
                    values.get(values.size() - 1).period().label(), SignalDto.of(c.signals(), values, c::meaning, messages),
                    c.phases().stream().map(PhaseDto::of).toList(),
                    c.changePoints().stream().map(ChangePointDto::of).toList(),
                    c.rebaseSuggestions().stream().map(RebaseSuggestionDto::of).toList());
        }
    }

    /**
     * One phase of the chart: from the series' start or an approved rebase up to the next; its limits are those of
     * its first {@code baselinePeriods} periods, frozen and extended; trial limits while fewer than 12 made them.
     *
     * @param firstPeriod the period the phase begins with, which may lie before the chart's window
     * @param lastPeriod its last period with a value
     * @param centre null (as the other lines) while the phase has a single value
     * @param rebase the approved rebase that began it; null for the phase the series begins with
     */
    public record PhaseDto(String firstPeriod, String lastPeriod, Double centre, Double upperLimit, Double lowerLimit,
            Double averageMovingRange, int baselinePeriods, boolean trial, RebaseDto rebase) implements JsonBody {

        static PhaseDto of(Phase p) {
            Optional<XmrLimits> limits = p.limits();
            return new PhaseDto(p.firstPeriod().label(), p.lastPeriod().label(),
                    limits.map(XmrLimits::centre).orElse(null), limits.map(XmrLimits::upperLimit).orElse(null),
                    limits.map(XmrLimits::lowerLimit).orElse(null),
                    limits.map(XmrLimits::averageMovingRange).orElse(null), p.baselinePeriods(), p.trial(),
                    p.rebase().map(r -> new RebaseDto(r.at().toString(), r.reason(), r.approvedBy())).orElse(null));
        }
    }

    /** The approved rebase that began a phase: where, why, and who approved it (a user key). */
    public record RebaseDto(String at, String reason, String approvedBy) implements JsonBody {
    }

    /**
     * A change point: an improvement cycle's go-live, marked on the chart; it does not by itself begin a phase.
     *
     * @param recorded whether a person recorded the date in step 7's evidence (false: the entry into step 7 stands in)
     */
    public record ChangePointDto(String issueKey, int cycle, String at, boolean recorded) implements JsonBody {

        static ChangePointDto of(GoLive g) {
            return new ChangePointDto(g.issueKey(), g.cycle(), g.at().toString(), g.recorded());
        }
    }

    /**
     * A rebase the chart suggests at a go-live (a sustained shift to the better side followed it); never applied until
     * a person approves it.
     */
    public record RebaseSuggestionDto(String at, String issueKey, int cycle, SignalRule rule, String shiftFrom,
            String shiftTo) implements JsonBody {

        static RebaseSuggestionDto of(RebaseSuggestion s) {
            return new RebaseSuggestionDto(s.at().toString(), s.goLive().issueKey(), s.goLive().cycle(), s.rule(),
                    s.shiftFrom().label(), s.shiftTo().label());
        }
    }

    /**
     * A signal: the rule, its description, the labels of the periods that make it, the side of the centre line it
     * lies on and what it means for the measure (an improvement, a concern, or neutral, by its direction).
     */
    public record SignalDto(SignalRule rule, String description, List<String> periods, Signal.Side side,
            SignalMeaning meaning) implements JsonBody {

        /** The signals, their points being indices into {@code values}. */
        static List<SignalDto> of(List<Signal> signals, List<KpiValue> values,
                Function<Signal, SignalMeaning> meaning, ApiMessages messages) {
            return signals.stream().map(s -> new SignalDto(s.rule(), messages.text(s.rule().messageKey(), List.of()),
                    s.points().stream().map(i -> values.get(i).period().label()).toList(), s.side(),
                    meaning.apply(s))).toList();
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
