package io.csiloop.kpi;

import io.csiloop.measure.MeasurementDefinition;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The least-squares straight line through the last periods' values, whether it is a real trend, and what it
 * forecasts. A straight line through a stable process is noise (../shared/reference/spc.md, "Trend and forecast"):
 * the trend is real only when the slope is significant at {@link #ALPHA} (t-test of the least-squares slope,
 * n − 2 degrees of freedom) or when the fitted values hold a trend run, {@link #TREND_RUN} values in a row each
 * strictly higher, or each strictly lower, than the one before (Making Data Count's trend rule; an equal value
 * breaks the run). Only a real trend forecasts a date.
 *
 * @param slopePerPeriod how much the value changes per period, in the measure's unit
 * @param intercept the fitted value at {@code first}
 * @param first the earliest period of the fit
 * @param last the latest period of the fit
 * @param valueCount how many values were fitted (periods without a value are skipped, not zero)
 * @param slopePValue the two-sided p-value of the slope (t-test, {@code valueCount − 2} degrees of freedom); empty
 *     with 2 values, where no test is possible
 * @param realTrend whether the slope is significant at {@link #ALPHA} or the values hold a trend run
 * @param forecast when the target will be reached at this rate, or the level a stable process delivers
 */
public record Trend(double slopePerPeriod, double intercept, Period first, Period last, int valueCount,
        OptionalDouble slopePValue, boolean realTrend, Forecast forecast) {

    /** The significance level of the slope's t-test. */
    public static final double ALPHA = 0.05;

    /** How many values in a row, each strictly beyond the one before, make a trend run (Making Data Count: 7). */
    public static final int TREND_RUN = 7;

    /**
     * The trend of the last {@code lastN} values. The x of a value is its period's distance from the
     * first fitted period, so a missing period does not squeeze the line.
     *
     * @param values KPI values in strictly ascending period order, all of one period length
     * @param lastN how many of the latest values to fit; at least 2
     * @return empty when fewer than 2 values are given
     */
    public static Optional<Trend> of(List<KpiValue> values, int lastN, MeasurementDefinition definition) {
        if (lastN < 2) {
            throw new IllegalArgumentException("a trend needs at least 2 periods: " + lastN);
        }
        List<KpiValue> fitted = values.subList(Math.max(0, values.size() - lastN), values.size());
        if (fitted.size() < 2) {
            return Optional.empty();
        }
        Period first = fitted.get(0).period();
        double[] x = new double[fitted.size()];
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = first.periodsUntil(fitted.get(i).period());
            if (i > 0 && x[i] <= x[i - 1]) {
                throw new IllegalArgumentException("KPI values must be in ascending period order: " + fitted.get(i));
            }
            meanX += x[i] / x.length;
            meanY += fitted.get(i).value() / x.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - meanX) * (fitted.get(i).value() - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        OptionalDouble pValue = slopePValue(fitted, x, slope, intercept, sxx);
        boolean real = pValue.isPresent() && pValue.getAsDouble() < ALPHA || hasTrendRun(fitted);
        KpiValue latest = fitted.get(fitted.size() - 1);
        Forecast forecast = forecast(definition, first, slope, intercept, latest, real, meanY);
        return Optional.of(new Trend(slope, intercept, first, latest.period(), fitted.size(), pValue, real,
                forecast));
    }

    /**
     * The two-sided p-value of the slope: t = slope / SE(slope), SE² = (residual sum of squares / (n − 2)) / Sxx.
     * Without residuals (the values lie on the line) the slope is certain: p = 0, or 1 for a flat line.
     */
    private static OptionalDouble slopePValue(List<KpiValue> fitted, double[] x, double slope, double intercept,
            double sxx) {
        int degreesOfFreedom = x.length - 2;
        if (degreesOfFreedom < 1) {
            return OptionalDouble.empty();
        }
        double residuals = 0;
        for (int i = 0; i < x.length; i++) {
            double residual = fitted.get(i).value() - (intercept + slope * x[i]);
            residuals += residual * residual;
        }
        double standardError = Math.sqrt(residuals / degreesOfFreedom / sxx);
        if (standardError == 0) {
            return OptionalDouble.of(slope == 0 ? 1 : 0);
        }
        return OptionalDouble.of(StudentT.twoSided(slope / standardError, degreesOfFreedom));
    }

    /** Whether {@link #TREND_RUN} successive values each rise, or each fall, strictly from the one before. */
    static boolean hasTrendRun(List<KpiValue> values) {
        int rising = 1;
        int falling = 1;
        for (int i = 1; i < values.size(); i++) {
            double step = values.get(i).value() - values.get(i - 1).value();
            rising = step > 0 ? rising + 1 : 1;
            falling = step < 0 ? falling + 1 : 1;
            if (rising >= TREND_RUN || falling >= TREND_RUN) {
                return true;
            }
        }
        return false;
    }

    private static Forecast forecast(MeasurementDefinition definition, Period first, double slope,
            double intercept, KpiValue latest, boolean real, double mean) {
        if (Gap.of(definition, latest.value()).met()) {
            return Forecast.alreadyMet();
        }
        if (!real) {
            return Forecast.stableAround(mean, Gap.of(definition, mean).met());
        }
        double aim = Gap.aim(definition, latest.value());
        if (slope == 0 || Math.signum(aim - latest.value()) != Math.signum(slope)) {
            return Forecast.notAtThisRate();
        }
        long lastX = first.periodsUntil(latest.period());
        double crossing = Math.ceil((aim - intercept) / slope);
        if (crossing - lastX > Forecast.HORIZON) {
            return Forecast.notAtThisRate();
        }
        // The fitted line may already be past the target while the latest value is not: then next period.
        return Forecast.reachedIn(first.plus(Math.max((long) crossing, lastX + 1)));
    }
}
