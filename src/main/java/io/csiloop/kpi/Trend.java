package io.csiloop.kpi;

import io.csiloop.measure.MeasurementDefinition;
import java.util.List;
import java.util.Optional;

/**
 * The least-squares straight line through the last periods' values and what it forecasts.
 *
 * @param slopePerPeriod how much the value changes per period, in the measure's unit
 * @param intercept the fitted value at {@code first}
 * @param first the earliest period of the fit
 * @param last the latest period of the fit
 * @param valueCount how many values were fitted (periods without a value are skipped, not zero)
 * @param forecast when the target will be reached at this rate
 */
public record Trend(double slopePerPeriod, double intercept, Period first, Period last, int valueCount,
        Forecast forecast) {

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
        KpiValue latest = fitted.get(fitted.size() - 1);
        Forecast forecast = forecast(definition, first, slope, intercept, latest);
        return Optional.of(new Trend(slope, intercept, first, latest.period(), fitted.size(), forecast));
    }

    private static Forecast forecast(MeasurementDefinition definition, Period first, double slope,
            double intercept, KpiValue latest) {
        if (Gap.of(definition, latest.value()).met()) {
            return Forecast.alreadyMet();
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
