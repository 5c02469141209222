package io.csiloop.kpi;

import java.util.Objects;

/**
 * The KPI value of one period.
 *
 * @param period the period; never null
 * @param value the aggregated value in the measure's unit (for {@code COUNT}, the number of data points)
 * @param sampleCount how many data points made it; at least 1 ({@link KpiStream} emits no empty period)
 */
public record KpiValue(Period period, double value, int sampleCount) {

    public KpiValue {
        Objects.requireNonNull(period, "period");
        if (sampleCount < 1) {
            throw new IllegalArgumentException("a KPI value has at least one sample: " + sampleCount);
        }
    }
}
