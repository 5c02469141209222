package io.csiloop.kpi;

import io.csiloop.measure.MeasurementDefinition;

import java.time.Instant;
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
 * {@link Trend} and {@link XmrChart} skip them). The chart is drawn over its window in phases ({@link PhasedChart}):
 * each phase's limits are those of the phase's own first periods, which may lie before the window, so the reading is
 * given the values from the start of the earliest phase the window shows; values before that are ignored.
 *
 * <p>A period that has not ended at the moment is in progress (this month, 5 samples in): it is kept apart as
 * {@link #inProgress()} so that a chart can draw it as such, and left out of everything else: the latest value,
 * status, gap and progress read the last complete period, and the windows, the trend, the limits and the signals are
 * those of the complete periods (a KPI is judged on its last complete period; see docs/statistics.md). A measure
 * whose only value is in progress has no status yet ({@link KpiStatus#NO_DATA}).
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
    private final Optional<KpiValue> inProgress;
    private final Optional<Trend> trend;
    private final Optional<PhasedChart> chart;

    /** @param complete the complete periods' values, from the start of the phase holding the window's first */
    private KpiReading(MeasurementDefinition definition, List<KpiValue> complete, Optional<KpiValue> inProgress,
            ProcessChanges changes) {
        this.definition = definition;
        this.values = List.copyOf(within(complete, CHART_WINDOW));
        this.inProgress = inProgress;
        this.trend = Trend.of(sinceLatestChange(trendValues(), changes), TREND_WINDOW, definition);
        this.chart = values.size() < 2 ? Optional.empty() : Optional.of(PhasedChart.of(complete,
                complete.size() - values.size(), changes, definition, definition.baselinePeriods()));
    }

    /** The reading of the values of closed periods of a measure without a process change ({@link #of(
     * MeasurementDefinition, List, ProcessChanges)}). */
    public static KpiReading of(MeasurementDefinition definition, List<KpiValue> values) {
        return of(definition, values, ProcessChanges.none());
    }

    /**
     * The reading of the values of closed periods, as the scheduled run reads a period it has just closed: every
     * value is complete.
     *
     * @param values the measure's period values up to the moment, in strictly ascending period order, all of the
     *     definition's period length; at least those from the first period of the phase that holds the first of
     *     the {@value #CHART_WINDOW} periods ending with the latest (see {@link #firstPeriodRead(Period,
     *     ProcessChanges)}): the phase's limits are those of its first periods, which may lie before the window;
     *     earlier values are fine; empty without data
     * @param changes the measure's go-lives and approved rebases: where the chart's phases begin and its change
     *     points
     */
    public static KpiReading of(MeasurementDefinition definition, List<KpiValue> values, ProcessChanges changes) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(changes, "changes");
        checkOrder(values);
        return new KpiReading(definition, List.copyOf(values), Optional.empty(), changes);
    }

    /** The reading at a moment of a measure without a process change ({@link #at(MeasurementDefinition, List,
     * Instant, ProcessChanges)}). */
    public static KpiReading at(MeasurementDefinition definition, List<KpiValue> values, Instant moment) {
        return at(definition, values, moment, ProcessChanges.none());
    }

    /**
     * The reading at a moment: a value whose period has not ended at the moment is {@link #inProgress()} and read
     * apart; the others are read as by {@link #of(MeasurementDefinition, List, ProcessChanges)}.
     *
     * @param values as for {@link #of(MeasurementDefinition, List, ProcessChanges)}; only the latest may be of a
     *     period that has not ended at the moment (the period containing it: values observed after the moment are
     *     not the moment's)
     */
    public static KpiReading at(MeasurementDefinition definition, List<KpiValue> values, Instant moment,
            ProcessChanges changes) {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(moment, "moment");
        Objects.requireNonNull(changes, "changes");
        checkOrder(values);
        int complete = values.size();
        while (complete > 0 && values.get(complete - 1).period().end().isAfter(moment)) {
            complete--;
        }
        if (complete < values.size() - 1) {
            throw new IllegalArgumentException("KPI values after the period in progress at " + moment + ": "
                    + values.get(values.size() - 1));
        }
        Optional<KpiValue> open = complete < values.size() ? Optional.of(values.get(complete)) : Optional.empty();
        return new KpiReading(definition, List.copyOf(values.subList(0, complete)), open, changes);
    }

    private static void checkOrder(List<KpiValue> values) {
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i - 1).period().periodsUntil(values.get(i).period()) <= 0) {
                throw new IllegalArgumentException("KPI values must be in ascending period order: " + values.get(i));
            }
        }
    }

    /**
     * The first period of the chart window of a reading whose latest value lies in {@code latest}: enough for a
     * measure whose limits are those of the window's own phase begun in it (see {@link #firstPeriodRead(Period,
     * ProcessChanges)} for the rest).
     */
    public static Period firstPeriodRead(Period latest) {
        return latest.plus(1L - CHART_WINDOW);
    }

    /**
     * The first period a reading whose latest value lies in {@code latest} looks at: the one the phase holding the
     * chart window's first period begins with, since that phase's limits are those of its own first periods. Empty
     * when that phase is the one the series begins with (no approved rebase at or before the window's start): the
     * reading then needs the measure's values from its first period on.
     */
    public static Optional<Period> firstPeriodRead(Period latest, ProcessChanges changes) {
        Period window = firstPeriodRead(latest);
        Optional<Period> begins = Optional.empty();
        for (Rebase rebase : changes.rebases()) {
            Period holding = Period.containing(latest.unit(), rebase.at(), latest.zone());
            Period first = holding.start().equals(rebase.at()) ? holding : holding.next();
            if (first.periodsUntil(window) >= 0) {
                begins = Optional.of(first);
            }
        }
        return begins;
    }

    /** The values of the last {@code periods} periods ending with the latest value's. */
    /**
     * The values of the periods that begin at or after the latest change of the process, a go-live or the start of
     * an approved rebase's phase: a straight line fitted across a step change reads the step as a trend (after a
     * go-live that halved a lead time, "the target is reached next week" beside a chart that is flat at its new
     * level). The period holding a go-live belongs to neither side, as in the verdict.
     */
    private static List<KpiValue> sinceLatestChange(List<KpiValue> values, ProcessChanges changes) {
        Instant since = Instant.MIN;
        for (GoLive goLive : changes.goLives()) {
            since = goLive.at().isAfter(since) ? goLive.at() : since;
        }
        for (Rebase rebase : changes.rebases()) {
            since = rebase.at().isAfter(since) ? rebase.at() : since;
        }
        Instant from = since;
        return values.stream().filter(v -> !v.period().start().isBefore(from)).toList();
    }

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

    /**
     * The value of the period in progress at the reading's moment, if it has one: drawn apart (hollow, "in
     * progress"), read nowhere else.
     */
    public Optional<KpiValue> inProgress() {
        return inProgress;
    }

    /**
     * The complete periods' values of the chart window, oldest first: what the chart is drawn from; empty without
     * a complete period.
     */
    public List<KpiValue> values() {
        return values;
    }

    /** The values of the trend window, oldest first: what the trend is fitted to and the sparkline draws. */
    public List<KpiValue> trendValues() {
        return within(values, TREND_WINDOW);
    }

    /** The last complete period's value; empty without one. */
    public Optional<KpiValue> latest() {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /**
     * The last complete period's status; {@link KpiStatus#NO_DATA} without one (also when a period in progress has
     * values: it has no status yet).
     */
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

    /**
     * The XmR chart of the chart window in its phases: each phase's limits those of its own first periods (which may
     * lie before the window), its signals read in the window; with the go-lives marked and the rebases the series
     * suggests. Empty with fewer than 2 values in the window.
     */
    public Optional<PhasedChart> chart() {
        return chart;
    }

    /**
     * The chart's signals that include the latest value, read against the latest phase's limits: what is news at
     * this moment.
     */
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
        return "KpiReading[" + definition.key() + ", " + values + inProgress.map(v -> ", in progress " + v).orElse("")
                + "]";
    }
}
