package io.csiloop.kpi;

import io.csiloop.measure.MeasurementDefinition;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A measure's KPI at a moment, read from its period values up to that moment: the latest value with its status, gap
 * and progress, the trend of the last {@value #TREND_WINDOW} periods and the XmR chart of the last
 * {@value #CHART_WINDOW}. This is "the KPI now" wherever the app shows or keeps it: the Improvement panel and the
 * project page, the REST API and the dashboard items, the manual and the scheduled snapshots, the stakeholder pack
 * and the signals the automation raises. None of them fits a trend or draws a chart of its own.
 *
 * <p>Both windows are counted in periods and end with the latest value's period, not with the moment's: a reading
 * changes only when a value does. So the scheduled snapshot of a closed month and a panel opened later that month,
 * before the new month has data, read the same. Periods without a value inside a window are skipped, not zero (as
 * {@link Trend} and {@link XmrChart} skip them); values before the chart window are ignored.
 */
public final class KpiReading {

    /**
     * The periods the trend is fitted to: 12, the window both snapshots (transition and scheduled) fitted and the
     * periods the panels' sparkline showed; a year of months, a quarter of weeks. (The REST API's default of 6 was
     * the odd one out.)
     */
    public static final int TREND_WINDOW = 12;
    /**
     * The periods the control chart is drawn from: 24, the scheduled snapshot's and the raised signals' window,
     * enough values for natural process limits that hold still (Wheeler asks for 20 to 30), recent enough to
     * describe the process as it runs now. The other paths drew it over whatever they happened to read (all of
     * time, the REST range), so their limits moved with how far back the data went.
     */
    public static final int CHART_WINDOW = 24;

    private final MeasurementDefinition definition;
    private final List<KpiValue> values;
    private final Optional<Trend> trend;
    private final Optional<XmrChart> chart;

    private KpiReading(MeasurementDefinition definition, List<KpiValue> values) {
        this.definition = definition;
        this.values = values;
        this.trend = Trend.of(trendValues(), TREND_WINDOW, definition);
        this.chart = XmrChart.of(values);
    }

    /**
     * The reading of the values up to a moment.
     *
     * @param values the measure's period values up to the moment, in strictly ascending period order, all of the
     *     definition's period length; at least those of the {@value #CHART_WINDOW} periods ending with the latest
     *     (see {@link #firstPeriodRead}), earlier ones are fine and ignored; empty without data
     */
    public static KpiReading of(MeasurementDefinition definition, List<KpiValue> values) {
        Objects.requireNonNull(definition, "definition");
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i - 1).period().periodsUntil(values.get(i).period()) <= 0) {
                throw new IllegalArgumentException("KPI values must be in ascending period order: " + values.get(i));
            }
        }
        return new KpiReading(definition, List.copyOf(within(values, CHART_WINDOW)));
    }

    /** The first period a reading whose latest value lies in {@code latest} looks at: read from its start. */
    public static Period firstPeriodRead(Period latest) {
        return latest.plus(1L - CHART_WINDOW);
    }

    /** The values of the last {@code periods} periods ending with the latest value's. */
    private static List<KpiValue> within(List<KpiValue> values, int periods) {
        if (values.isEmpty()) {
            return values;
        }
        Period first = values.get(values.size() - 1).period().plus(1L - periods);
        int from = values.size();
        while (from > 0 && first.periodsUntil(values.get(from - 1).period()) >= 0) {
            from--;
        }
        return values.subList(from, values.size());
    }

    public MeasurementDefinition definition() {
        return definition;
    }

    /** The values of the chart window, oldest first: what the chart is drawn from; empty without data. */
    public List<KpiValue> values() {
        return values;
    }

    /** The values of the trend window, oldest first: what the trend is fitted to and the sparkline draws. */
    public List<KpiValue> trendValues() {
        return within(values, TREND_WINDOW);
    }

    /** The latest period's value; empty without data. */
    public Optional<KpiValue> latest() {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /** The latest value's status; {@link KpiStatus#NO_DATA} without data. */
    public KpiStatus status() {
        return latest().map(v -> KpiStatus.of(definition, v)).orElse(KpiStatus.NO_DATA);
    }

    /** The latest value's gap to target. */
    public Optional<Gap> gap() {
        return latest().map(v -> Gap.of(definition, v.value()));
    }

    /** How far the latest value has come from the baseline to the target ({@link Progress#fromBaseline}). */
    public OptionalDouble progress() {
        return latest().map(v -> Progress.fromBaseline(definition, v.value())).orElse(OptionalDouble.empty());
    }

    /** The trend of the trend window; empty with fewer than 2 values in it. */
    public Optional<Trend> trend() {
        return trend;
    }

    /** The XmR chart of the chart window; empty with fewer than 2 values in it. */
    public Optional<XmrChart> chart() {
        return chart;
    }

    /** The chart's signals that include the latest value: what is news at this moment. */
    public List<Signal> signalsAtLatest() {
        int latest = values.size() - 1;
        return chart.map(c -> c.signals().stream().filter(s -> s.points().contains(latest)).toList())
                .orElse(List.of());
    }

    /** The rules of {@link #signalsAtLatest()}. */
    public Set<SignalRule> rulesAtLatest() {
        Set<SignalRule> rules = EnumSet.noneOf(SignalRule.class);
        signalsAtLatest().forEach(s -> rules.add(s.rule()));
        return rules;
    }

    @Override
    public String toString() {
        return "KpiReading[" + definition.key() + ", " + values + "]";
    }
}
