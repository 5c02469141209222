package io.csiloop.kpi;

import io.csiloop.measure.Band;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.RuleProfile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A measure's XmR chart in phases (Making Data Count): the series splits at the rebases people approved, each phase
 * has limits of its own first periods, frozen and extended, and the go-lives of the improvement's changes are marked
 * on it as change points. A go-live does not by itself redraw the limits; when the periods after it show a sustained
 * shift to the better side, the chart suggests a rebase there and a person decides ({@link RebaseSuggestion}).
 *
 * <p>Periods without a value are skipped, as {@link XmrChart} skips them: "the first N periods" of a phase are its
 * first N values. A rebase at an instant begins its phase with the first period that starts at or after it: the
 * period holding the instant, if it is mid-period, stays in the old phase.
 *
 * @param values the values shown, oldest first (the chart's window)
 * @param phases the phases with a value shown, oldest first; together they hold every value shown
 * @param changePoints the go-lives from the first shown period's start on, oldest first
 * @param rebaseSuggestions the rebases the series suggests, oldest first
 */
public record PhasedChart(MeasurementDefinition definition, List<KpiValue> values, List<Phase> phases,
        List<GoLive> changePoints, List<RebaseSuggestion> rebaseSuggestions) {

    /** The values a phase's limits are computed from unless the measure says otherwise. */
    public static final int DEFAULT_BASELINE_PERIODS = 12;
    /** The fewest baseline values that make limits other than trial limits; also the least a measure may ask for. */
    public static final int MIN_BASELINE_PERIODS = 12;
    /** The most baseline values a measure may ask for (Making Data Count's 12 to 20). */
    public static final int MAX_BASELINE_PERIODS = 20;

    public PhasedChart {
        Objects.requireNonNull(definition, "definition");
        values = List.copyOf(values);
        phases = List.copyOf(phases);
        changePoints = List.copyOf(changePoints);
        rebaseSuggestions = List.copyOf(rebaseSuggestions);
    }

    /** The chart of every value given, with the definition's baseline periods. */
    public static PhasedChart of(List<KpiValue> values, ProcessChanges changes, MeasurementDefinition definition) {
        return of(values, 0, changes, definition, definition.baselinePeriods());
    }

    /**
     * The chart of the values from {@code shownFrom} on, its phases' limits read from all the values given.
     *
     * @param values complete period values in ascending period order, starting with the first period of the phase
     *     that holds {@code values.get(shownFrom)} (or earlier): a phase's limits are those of its first values given
     * @param shownFrom the index of the first value shown, drawn and read for signals
     * @param baselinePeriods N, the values each phase's limits come from: {@value #MIN_BASELINE_PERIODS} to
     *     {@value #MAX_BASELINE_PERIODS}
     */
    public static PhasedChart of(List<KpiValue> values, int shownFrom, ProcessChanges changes,
            MeasurementDefinition definition, int baselinePeriods) {
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(definition, "definition");
        if (baselinePeriods < MIN_BASELINE_PERIODS || baselinePeriods > MAX_BASELINE_PERIODS) {
            throw new IllegalArgumentException("baseline periods must be " + MIN_BASELINE_PERIODS + " to "
                    + MAX_BASELINE_PERIODS + ": " + baselinePeriods);
        }
        if (shownFrom < 0 || shownFrom > values.size()) {
            throw new IllegalArgumentException("shown from " + shownFrom + " of " + values.size() + " values");
        }
        List<Span> spans = spans(values, changes, baselinePeriods, definition.screening());
        List<Phase> phases = new ArrayList<>();
        for (Span span : spans) {
            if (span.to() > shownFrom) {
                phases.add(span.shown(values, shownFrom, definition.ruleProfile()));
            }
        }
        List<GoLive> marked = values.size() == shownFrom ? List.of() : changes.goLives().stream()
                .filter(g -> !g.at().isBefore(values.get(shownFrom).period().start())).toList();
        return new PhasedChart(definition, values.subList(shownFrom, values.size()), phases, marked,
                suggestions(values, spans, changes, definition));
    }

    /** The limits of the latest phase: those the latest value is read against; empty while it has a single value. */
    public Optional<XmrLimits> limits() {
        return phases.isEmpty() ? Optional.empty() : phases.get(phases.size() - 1).limits();
    }

    /** The latest phase; empty without values. */
    public Optional<Phase> latestPhase() {
        return phases.isEmpty() ? Optional.empty() : Optional.of(phases.get(phases.size() - 1));
    }

    /** Every phase's signals, ordered by first point, then rule; points are indices in {@link #values()}. */
    public List<Signal> signals() {
        List<Signal> all = new ArrayList<>();
        phases.forEach(p -> all.addAll(p.signals()));
        all.sort(Comparator.<Signal>comparingInt(s -> s.points().get(0)).thenComparing(Signal::rule));
        return all;
    }

    /** The rule profile the signals were read with: the measure's, named wherever they are shown. */
    public RuleProfile profile() {
        return definition.ruleProfile();
    }

    /** What the signal means for the measure: read against the centre of the phase it lies in. */
    public SignalMeaning meaning(Signal signal) {
        double centre = phaseOf(signal.points().get(0)).limits().map(XmrLimits::centre).orElse(Double.NaN);
        return SignalMeaning.of(signal.side(), definition.direction(), definition.band(), centre);
    }

    /** The state of the latest value, read in the latest phase; empty while that phase has no limits. */
    public Optional<VariationIcon> variation() {
        return latestPhase().flatMap(p -> p.limits().map(l -> VariationIcon.of(values.size(), p.signals(),
                definition.direction(), definition.band(), l.centre())));
    }

    /** Where the target lies against the latest phase's limits; empty without limits or without a target. */
    public Optional<AssuranceIcon> assurance() {
        return limits().flatMap(l -> AssuranceIcon.of(l, definition.direction(), definition.target(),
                definition.band()));
    }

    /** The phase holding the value at the index of {@link #values()}. */
    public Phase phaseOf(int index) {
        return phases.stream().filter(p -> p.holds(index)).findFirst()
                .orElseThrow(() -> new IndexOutOfBoundsException("no value at " + index));
    }

    /** A phase over all the values given: {@code [from, to)}, begun by {@code rebase}, with limits of its own. */
    private record Span(int from, int to, Optional<Rebase> rebase, Optional<XmrLimits> limits, int baseline) {

        Phase shown(List<KpiValue> values, int shownFrom, RuleProfile profile) {
            int first = Math.max(from, shownFrom);
            List<Signal> signals = limits.map(l -> RunRules.signals(doubles(values, first, to), l, profile))
                    .orElse(List.of()).stream().map(s -> new Signal(s.rule(),
                            s.points().stream().map(i -> i + first - shownFrom).toList(), s.side())).toList();
            return new Phase(first - shownFrom, to - shownFrom, values.get(from).period(),
                    values.get(to - 1).period(), limits, baseline, baseline < MIN_BASELINE_PERIODS, rebase, signals);
        }
    }

    /**
     * The phases of the values: split where a rebase begins a new one, each with the limits of its first values that
     * precede its first go-live (the go-live's own period excluded): a baseline describes the process before the
     * change, never across it (FCR's limits drawn across its change made all 13 points signals). A go-live in a
     * phase's first two periods leaves no baseline before it; the phase's first values are its baseline then.
     */
    private static List<Span> spans(List<KpiValue> values, ProcessChanges changes, int baselinePeriods,
            boolean screening) {
        List<Rebase> rebases = changes.rebases();
        List<Span> spans = new ArrayList<>();
        int from = 0;
        Optional<Rebase> begun = Optional.empty();
        int next = 0;
        // Rebases at or before the first value's period start: the series begins with the latest of them.
        while (next < rebases.size() && !values.isEmpty()
                && !rebases.get(next).at().isAfter(values.get(0).period().start())) {
            begun = Optional.of(rebases.get(next++));
        }
        for (int i = 1; i <= values.size(); i++) {
            Optional<Rebase> starting = Optional.empty();
            while (i < values.size() && next < rebases.size()
                    && !rebases.get(next).at().isAfter(values.get(i).period().start())) {
                starting = Optional.of(rebases.get(next++));
            }
            if (i == values.size() || starting.isPresent()) {
                int baseline = Math.min(Math.min(baselinePeriods, i - from),
                        beforeFirstGoLive(values, from, changes.goLives()));
                Optional<XmrLimits> limits = baseline < 2 ? Optional.empty()
                        : Optional.of(XmrLimits.of(doubles(values, from, from + baseline), screening));
                spans.add(new Span(from, i, begun, limits, baseline));
                from = i;
                begun = starting;
            }
        }
        return spans;
    }

    /**
     * The rebases the series suggests: one at each go-live that no rebase follows, when the complete periods after
     * the go-live's period (its own period is neither before nor after) show a sustained shift to the better side
     * of the current phase's centre.
     */
    private static List<RebaseSuggestion> suggestions(List<KpiValue> values, List<Span> spans, ProcessChanges changes,
            MeasurementDefinition definition) {
        List<RebaseSuggestion> suggestions = new ArrayList<>();
        if (values.isEmpty()) {
            return suggestions;
        }
        Period any = values.get(0).period();
        for (GoLive goLive : changes.goLives()) {
            if (changes.rebases().stream().anyMatch(r -> !r.at().isBefore(goLive.at()))) {
                continue; // a person has already decided where the phase after it begins
            }
            Period changed = Period.containing(any.unit(), goLive.at(), any.zone());
            int after = 0;
            while (after < values.size() && values.get(after).period().start().isBefore(changed.end())) {
                after++;
            }
            if (after == values.size()) {
                continue;
            }
            Span phase = spans.get(spans.size() - 1); // no rebase follows the go-live: the latest phase holds it
            if (phase.limits().isEmpty()) {
                continue;
            }
            XmrLimits limits = phase.limits().get();
            double[] since = doubles(values, after, values.size());
            int offset = after;
            RunRules.signals(since, limits, definition.ruleProfile()).stream()
                    .filter(s -> s.rule().detectsShift() && improves(s, since, limits.centre(), definition))
                    .findFirst()
                    .ifPresent(s -> suggestions.add(new RebaseSuggestion(goLive, s.rule(),
                            values.get(offset + s.points().get(0)).period(),
                            values.get(offset + s.points().get(s.points().size() - 1)).period())));
        }
        return suggestions;
    }

    /**
     * Whether the shift lies on the measure's better side of the centre: above it when higher is better, below it
     * when lower is better; for a band, nearer the band than the centre is (a centre already in the band has no
     * better side: no shift improves on it).
     */
    static boolean improves(Signal shift, double[] values, double centre, MeasurementDefinition definition) {
        double mean = shift.points().stream().mapToDouble(i -> values[i]).average().orElseThrow();
        Direction direction = definition.direction();
        return switch (direction) {
            case HIGHER_IS_BETTER -> mean > centre;
            case LOWER_IS_BETTER -> mean < centre;
            case WITHIN_BAND -> {
                Band band = definition.band();
                yield band.distanceTo(mean) < band.distanceTo(centre);
            }
        };
    }

    /**
     * How many values from {@code from} on lie in periods before the period of the first go-live after the start of
     * {@code from}'s period; no limit ({@code Integer.MAX_VALUE}) without one or when fewer than 2 do.
     */
    private static int beforeFirstGoLive(List<KpiValue> values, int from, List<GoLive> goLives) {
        Period first = values.get(from).period();
        for (GoLive goLive : goLives) {
            if (!goLive.at().isAfter(first.start())) {
                continue;
            }
            Period changed = Period.containing(first.unit(), goLive.at(), first.zone());
            int before = 0;
            while (from + before < values.size()
                    && values.get(from + before).period().end().compareTo(changed.start()) <= 0) {
                before++;
            }
            return before < 2 ? Integer.MAX_VALUE : before;
        }
        return Integer.MAX_VALUE;
    }

    private static double[] doubles(List<KpiValue> values, int from, int to) {
        return values.subList(from, to).stream().mapToDouble(KpiValue::value).toArray();
    }
}
