package io.csiloop.kpi;

import io.csiloop.kernel.MessageKey;
import io.csiloop.measure.Band;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * "Did it work?": the before/after verdict of an improvement cycle, read at its change (its {@link GoLive}) from the
 * measure's complete period values, as Making Data Count reads it. The one verdict the gate of step 7, the pack, REST
 * and the dashboard show.
 *
 * <p>Let g be the period holding the go-live. Before: the complete periods before g that lie in the phase holding the
 * period before g (phases begin at approved {@link Rebase}s, at the first period starting at or after the rebase, and
 * at the series' start). After: the complete periods after g. g itself is in neither: it mixes both processes. Only
 * when no period precedes the change is the definition's baseline number the before sample, and the verdict says so.
 * {@link BeforeAfter} compares the two (Mann-Whitney, Hodges-Lehmann shift); the control chart's second opinion is a
 * sustained shift ({@link SignalRule#detectsShift()}) of the after periods against the before limits in the improving
 * direction.
 *
 * @param change the go-live the verdict is read at; empty when the cycle has none
 * @param before the before periods, oldest first; empty when the baseline number stood in
 * @param after the complete periods after the go-live's period, oldest first
 * @param baselineNumberUsed whether the definition's baseline number was the before sample
 * @param comparison the comparison; empty when there is no verdict ({@link #reasons()} say why)
 * @param improvingShift whether the after periods show a sustained shift in the improving direction against the
 *     before limits (false without limits: fewer than 2 before values)
 * @param betterThanOldMean how many after periods sit on the improving side of the before mean
 * @param reasons the verdict in words, or why there is none
 */
public record ChangeVerdict(Optional<GoLive> change, List<KpiValue> before, List<KpiValue> after,
        boolean baselineNumberUsed, Optional<BeforeAfter> comparison, boolean improvingShift, int betterThanOldMean,
        List<VerdictReason> reasons) {

    private static final String KEYS = "csiloop.kpi.change.";

    public ChangeVerdict {
        Objects.requireNonNull(change, "change");
        before = List.copyOf(before);
        after = List.copyOf(after);
        Objects.requireNonNull(comparison, "comparison");
        reasons = List.copyOf(reasons);
    }

    /** The verdict, if one could be reached. */
    public Optional<Verdict> verdict() {
        return comparison.map(BeforeAfter::verdict);
    }

    /**
     * The verdict of the cycle at its go-live (the latest, should the cycle have several).
     *
     * @param values the measure's period values, oldest first; periods not complete at {@code moment} are left out
     * @param changes the measure's go-lives and rebases as known at {@code moment}
     * @param cycle the improvement cycle, from 1
     * @param zone the zone the periods are read in
     */
    public static ChangeVerdict ofCycle(MeasurementDefinition definition, List<KpiValue> values,
            ProcessChanges changes, int cycle, Instant moment, ZoneId zone) {
        Optional<GoLive> goLive = changes.goLives().stream().filter(g -> g.cycle() == cycle)
                .max(Comparator.comparing(GoLive::at));
        if (goLive.isEmpty()) {
            return none(Optional.empty(), List.of(), List.of(), VerdictReason.of(KEYS + "noGoLive", cycle));
        }
        return at(definition, values, changes.rebases(), goLive.get(), moment, zone);
    }

    /**
     * The first instant the verdict of the cycle reads values from: the start of the phase holding the period before
     * its go-live's period, since every complete period of that phase before the go-live is the before sample (the
     * test ranks them all). Empty when the cycle has no go-live (no values are needed); {@link Instant#MIN} when that
     * phase is the one the series began with (its first period on).
     */
    public static Optional<Instant> firstInstantRead(MeasurementDefinition definition, ProcessChanges changes,
            int cycle, ZoneId zone) {
        return changes.goLives().stream().filter(g -> g.cycle() == cycle).max(Comparator.comparing(GoLive::at))
                .map(g -> phaseStart(definition, changes.rebases(),
                        Period.containing(definition.period(), g.at(), zone).start(), zone));
    }

    /** The verdict at a go-live; see {@link #ofCycle}. */
    public static ChangeVerdict at(MeasurementDefinition definition, List<KpiValue> values, List<Rebase> rebases,
            GoLive change, Instant moment, ZoneId zone) {
        Period changed = Period.containing(definition.period(), change.at(), zone);
        Instant phaseStart = phaseStart(definition, rebases, changed.start(), zone);
        List<KpiValue> complete = values.stream().filter(v -> !v.period().end().isAfter(moment)).toList();
        List<KpiValue> before = complete.stream().filter(v -> !v.period().start().isBefore(phaseStart)
                && !v.period().end().isAfter(changed.start())).toList();
        List<KpiValue> after = complete.stream().filter(v -> !v.period().start().isBefore(changed.end())).toList();
        String day = change.at().atZone(zone).toLocalDate().toString();
        if (after.isEmpty()) {
            return none(Optional.of(change), before, after, VerdictReason.of(KEYS + "noAfter", day));
        }
        boolean baselineNumber = before.isEmpty();
        if (baselineNumber && definition.baseline() == null) {
            return none(Optional.of(change), before, after, VerdictReason.of(KEYS + "noBefore", day));
        }
        double[] beforeValues = baselineNumber ? new double[] {definition.baseline()} : doubles(before);
        BeforeAfter comparison = BeforeAfter.compare(beforeValues, doubles(after), definition);
        boolean improvingShift = comparison.baselineLimits().map(l -> comparison.afterSignals().stream()
                .filter(s -> s.rule().detectsShift())
                .anyMatch(s -> better(definition, mean(s, after), l.centre()))).orElse(false);
        int better = (int) after.stream().filter(v -> better(definition, v.value(), comparison.meanBefore())).count();
        List<VerdictReason> reasons = new ArrayList<>();
        reasons.add(sentence(definition, comparison, day, better, after.size()));
        reasons.add(VerdictReason.of(KEYS + "test", comparison.test().pInWords(), comparison.test().method().words()));
        if (baselineNumber) {
            reasons.add(VerdictReason.of(KEYS + "baselineNumber", definition.baseline()));
        } else if (comparison.baselineLimits().isPresent()) {
            reasons.add(VerdictReason.of(KEYS + (improvingShift ? "chartAgrees" : "chartSilent")));
        }
        if (!change.recorded()) {
            reasons.add(VerdictReason.of(KEYS + "notRecorded"));
        }
        return new ChangeVerdict(Optional.of(change), before, after, baselineNumber, Optional.of(comparison),
                improvingShift, better, reasons);
    }

    private static ChangeVerdict none(Optional<GoLive> change, List<KpiValue> before, List<KpiValue> after,
            VerdictReason why) {
        return new ChangeVerdict(change, before, after, false, Optional.empty(), false, 0, List.of(why));
    }

    /**
     * Where the phase holding the period before {@code changed} begins: at the latest rebase's first period (the
     * first starting at or after the rebase) that starts before {@code changed}, else at the series' start.
     */
    private static Instant phaseStart(MeasurementDefinition definition, List<Rebase> rebases, Instant changed,
            ZoneId zone) {
        Instant start = Instant.MIN;
        for (Rebase rebase : rebases) {
            Period holding = Period.containing(definition.period(), rebase.at(), zone);
            Instant begins = holding.start().isBefore(rebase.at()) ? holding.end() : holding.start();
            if (begins.isBefore(changed) && begins.isAfter(start)) {
                start = begins;
            }
        }
        return start;
    }

    /**
     * "Improved: after the change on 2026-06-01 the median rose by 16.1 % (95 % CI 14.2 to 17.9); 7 of 7 periods since
     * sit above the old mean." The shift is the Hodges-Lehmann estimate (the means' difference beyond
     * {@link ShiftEstimate#MAX_PAIRS}), its interval turned with it so that a fall reads as a positive amount.
     */
    private static VerdictReason sentence(MeasurementDefinition definition, BeforeAfter comparison, String day,
            int better, int periods) {
        MessageKey verdict = new MessageKey(KEYS + "verdict." + comparison.verdict().name());
        MessageKey side = new MessageKey(KEYS + switch (definition.direction()) {
            case HIGHER_IS_BETTER -> "above";
            case LOWER_IS_BETTER -> "below";
            case WITHIN_BAND -> "nearerBand";
        });
        String unit = definition.unit().isBlank() ? "" : " " + definition.unit();
        if (comparison.shiftEstimate().isEmpty()) {
            double shift = comparison.shift();
            return VerdictReason.of(KEYS + "sentenceMeans", verdict, day, moved(shift), Math.abs(shift), unit, better,
                    periods, side);
        }
        ShiftEstimate s = comparison.shiftEstimate().get();
        boolean fell = s.estimate() < 0;
        return VerdictReason.of(KEYS + "sentence", verdict, day, moved(s.estimate()), Math.abs(s.estimate()), unit,
                100 * s.confidenceLevel(), fell ? -s.upper() : s.lower(), fell ? -s.lower() : s.upper(), better,
                periods, side);
    }

    private static MessageKey moved(double shift) {
        return new MessageKey(KEYS + (shift > 0 ? "rose" : shift < 0 ? "fell" : "stayed"));
    }

    /**
     * Whether {@code value} is better than {@code reference} in the measure's direction; within a band, nearer to
     * the band (a value inside it is at distance 0).
     */
    static boolean better(MeasurementDefinition definition, double value, double reference) {
        Direction direction = definition.direction();
        if (direction == Direction.WITHIN_BAND) {
            Band band = definition.band();
            return band.distanceTo(value) < band.distanceTo(reference);
        }
        return direction == Direction.HIGHER_IS_BETTER ? value > reference : value < reference;
    }

    private static double mean(Signal signal, List<KpiValue> after) {
        return signal.points().stream().mapToDouble(i -> after.get(i).value()).average().orElseThrow();
    }

    private static double[] doubles(List<KpiValue> values) {
        return values.stream().mapToDouble(KpiValue::value).toArray();
    }
}
