package io.csiloop.kpi;

import io.csiloop.measure.Band;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * "Did we get there?": a KPI's values in a baseline window before a change against those in a window
 * after it, step 7 of the improvement process.
 *
 * <p>The verdict rests on the {@link MannWhitneyU} test, which needs no normal data and is not fooled by
 * one outlier: {@link Verdict#IMPROVED} or {@link Verdict#WORSE} when its two-sided p-value is below
 * {@code alpha} and the after window tends the better or worse way; otherwise
 * {@link Verdict#NO_DETECTABLE_CHANGE}. Within a band the test compares the values' distances outside
 * the band (0 inside it), smaller being better. The run rules, read against the baseline's XmR limits,
 * add whether the after window shows a sustained shift; they do not change the verdict.
 *
 * @param meanBefore the baseline window's mean
 * @param meanAfter the after window's mean
 * @param shift {@code meanAfter - meanBefore}, in the measure's unit
 * @param shiftEstimate the Hodges-Lehmann shift of after against before with its 95 % confidence interval, on
 *     the values themselves (also for a band); empty only beyond {@link ShiftEstimate#MAX_PAIRS} pairs
 * @param baselineLimits the baseline window's XmR limits; empty when it has fewer than 2 values
 * @param afterSignals the after window's signals against the baseline limits; indices count from the
 *     first value after the change
 * @param sustainedShift whether one of those signals is a run ({@link SignalRule#detectsShift()})
 * @param test the Mann-Whitney test of after against before (on distances outside the band, for a band), exact
 *     or by the normal approximation as R's {@code wilcox.test} chooses
 * @param alpha the significance level the verdict was reached at
 * @param verdict improved, worse, or no detectable change
 */
public record BeforeAfter(double meanBefore, double meanAfter, double shift, Optional<ShiftEstimate> shiftEstimate,
        Optional<XmrLimits> baselineLimits,
        List<Signal> afterSignals, boolean sustainedShift, MannWhitneyU test, double alpha, Verdict verdict) {

    /** The significance level used unless another is given: 5 %. */
    public static final double DEFAULT_ALPHA = 0.05;

    public BeforeAfter {
        afterSignals = List.copyOf(afterSignals);
    }

    /** Compares at {@link #DEFAULT_ALPHA}. */
    public static BeforeAfter compare(double[] before, double[] after, MeasurementDefinition definition) {
        return compare(before, after, definition, DEFAULT_ALPHA);
    }

    /**
     * Compares the windows for the definition's direction.
     *
     * @param before the baseline window's values in time order; at least one
     * @param after the values after the change in time order; at least one
     * @param alpha the significance level, strictly between 0 and 1
     */
    public static BeforeAfter compare(double[] before, double[] after, MeasurementDefinition definition,
            double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must lie strictly between 0 and 1: " + alpha);
        }
        if (before.length == 0 || after.length == 0) {
            throw new IllegalArgumentException("both windows need a value: " + before.length + " and " + after.length);
        }
        Optional<XmrLimits> limits = before.length < 2 ? Optional.empty()
                : Optional.of(XmrLimits.of(before, definition.screening()));
        List<Signal> signals = limits.map(l -> RunRules.signals(after, l, definition.ruleProfile())).orElse(List.of());
        boolean sustained = signals.stream().anyMatch(s -> s.rule().detectsShift());
        MannWhitneyU test = judged(definition, after, before);
        double meanBefore = mean(before);
        double meanAfter = mean(after);
        return new BeforeAfter(meanBefore, meanAfter, meanAfter - meanBefore, ShiftEstimate.of(after, before), limits,
                signals, sustained, test, alpha, verdict(test, definition.direction(), alpha));
    }

    private static MannWhitneyU judged(MeasurementDefinition definition, double[] after, double[] before) {
        Band band = definition.band();
        if (definition.direction() != Direction.WITHIN_BAND) {
            return MannWhitneyU.test(after, before);
        }
        return MannWhitneyU.test(Arrays.stream(after).map(band::distanceTo).toArray(),
                Arrays.stream(before).map(band::distanceTo).toArray());
    }

    private static Verdict verdict(MannWhitneyU test, Direction direction, double alpha) {
        if (test.pValue() >= alpha || test.z() == 0) {
            return Verdict.NO_DETECTABLE_CHANGE;
        }
        boolean afterHigher = test.z() > 0;
        boolean higherIsBetter = direction == Direction.HIGHER_IS_BETTER;
        return afterHigher == higherIsBetter ? Verdict.IMPROVED : Verdict.WORSE;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }
}
