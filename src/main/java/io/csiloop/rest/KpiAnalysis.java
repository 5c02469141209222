package io.csiloop.rest;

import io.csiloop.kpi.BeforeAfter;
import io.csiloop.kpi.Gap;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.KpiStream;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Progress;
import io.csiloop.kpi.Signal;
import io.csiloop.kpi.Trend;
import io.csiloop.kpi.XmrChart;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.StoredDefinition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Computes KPI analyses for the API from a definition's stored data points, streamed in time order through
 * the KPI engine ({@code io.csiloop.kpi}), so a range of any number of points costs memory per period only.
 */
public final class KpiAnalysis {

    static final Duration MAX_RANGE = Duration.ofDays(3660);
    private static final Duration DEFAULT_RANGE = Duration.ofDays(365);

    private final DataPoints points;
    private final ApiMessages messages;
    private final Clock clock;

    public KpiAnalysis(DataPoints points, ApiMessages messages, Clock clock) {
        this.points = points;
        this.messages = messages;
        this.clock = clock;
    }

    /** The query of an analysis: its range and zone, read from the request's parameters. */
    record Window(Instant from, Instant to, ZoneId zone) {
        static Window of(Params params, Clock clock, String from, String to, String zone) {
            Instant end = params.instant("to", to, clock.instant());
            Instant start = params.instant("from", from, end.minus(DEFAULT_RANGE));
            params.ordered("from", start, "to", end);
            params.within("from", start, end, MAX_RANGE);
            return new Window(start, end, params.zone("zone", zone, ZoneOffset.UTC));
        }
    }

    public KpiDto analyse(StoredDefinition stored, String from, String to, String zone, String trendPeriods) {
        Params params = new Params();
        Window window = Window.of(params, clock, from, to, zone);
        int lastN = params.integer("trendPeriods", trendPeriods, 2, 1000, 6);
        params.check();
        MeasurementDefinition definition = stored.definition();
        List<KpiValue> values = values(stored, window);
        List<KpiDto.PeriodDto> periods = values.stream().map(v -> period(definition, v)).toList();
        KpiDto.PeriodDto latest = periods.isEmpty() ? null : periods.get(periods.size() - 1);
        OptionalDouble progress = latest == null ? OptionalDouble.empty()
                : Progress.fromBaseline(definition, latest.value());
        KpiDto.TrendDto trend = Trend.of(values, lastN, definition).map(t -> new KpiDto.TrendDto(t.slopePerPeriod(),
                t.intercept(), t.first().label(), t.last().label(), t.valueCount(), t.forecast().outcome(),
                t.forecast().period().map(p -> p.label()).orElse(null),
                messages.text(t.forecast().outcome().messageKey(),
                        List.of(t.forecast().period().map(p -> p.label()).orElse(""))))).orElse(null);
        KpiDto.ChartDto chart = XmrChart.of(values).map(c -> new KpiDto.ChartDto(c.limits().centre(),
                c.limits().lowerLimit(), c.limits().upperLimit(), c.limits().averageMovingRange(),
                c.limits().upperRangeLimit(), signals(c.signals(), values))).orElse(null);
        return new KpiDto(stored.id(), definition.key(), definition.unit(), window.zone().getId(),
                window.from().toString(), window.to().toString(), periods, latest,
                latest == null ? KpiStatus.NO_DATA : latest.status(),
                progress.isPresent() ? progress.getAsDouble() : null, trend, chart);
    }

    public KpiDto.BeforeAfterDto beforeAfter(StoredDefinition stored, String changeAtText, String from, String to,
            String zone, String alphaText) {
        Params params = new Params();
        Window window = Window.of(params, clock, from, to, zone);
        Instant changeAt = params.instant("changeAt", changeAtText, null);
        if (changeAt == null && (changeAtText == null || changeAtText.isBlank())) {
            params.add(Problem.field("changeAt", Keys.REQUIRED));
        }
        double alpha = params.fraction("alpha", alphaText, BeforeAfter.DEFAULT_ALPHA);
        params.check();
        List<KpiValue> values = values(stored, window);
        List<KpiValue> before = values.stream().filter(v -> !v.period().end().isAfter(changeAt)).toList();
        List<KpiValue> after = values.stream().filter(v -> !v.period().start().isBefore(changeAt)).toList();
        if (before.isEmpty() || after.isEmpty()) {
            throw ApiProblem.invalid(List.of(Problem.field("changeAt", Keys.NEEDS_BOTH_WINDOWS)));
        }
        BeforeAfter result = BeforeAfter.compare(doubles(before), doubles(after), stored.definition(), alpha);
        return new KpiDto.BeforeAfterDto(stored.id(), changeAt.toString(), before.size(), after.size(),
                result.meanBefore(), result.meanAfter(), result.shift(), result.test().u(), result.test().z(),
                result.test().pValue(), alpha, result.verdict(), messages.text(result.verdict().messageKey(),
                List.of()), result.sustainedShift(), signals(result.afterSignals(), after));
    }

    private List<KpiValue> values(StoredDefinition stored, Window window) {
        List<KpiValue> values = new ArrayList<>();
        KpiStream.of(points.inTimeOrder(stored.id(), window.from(), window.to()), stored.definition(), window.zone())
                .forEachRemaining(values::add);
        return values;
    }

    private static KpiDto.PeriodDto period(MeasurementDefinition definition, KpiValue value) {
        Gap gap = Gap.of(definition, value.value());
        return new KpiDto.PeriodDto(value.period().label(), value.period().start().toString(),
                value.period().end().toString(), value.value(), value.sampleCount(), KpiStatus.of(definition, value),
                gap.absolute(), gap.percentOfTarget().isPresent() ? gap.percentOfTarget().getAsDouble() : null);
    }

    private List<KpiDto.SignalDto> signals(List<Signal> signals, List<KpiValue> values) {
        return signals.stream().map(s -> new KpiDto.SignalDto(s.rule(), messages.text(s.rule().messageKey(),
                List.of()), s.points().stream().map(i -> values.get(i).period().label()).toList())).toList();
    }

    private static double[] doubles(List<KpiValue> values) {
        return values.stream().mapToDouble(KpiValue::value).toArray();
    }
}
