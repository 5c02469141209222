package io.csiloop.measure;

/**
 * How the data points of one period make the period's KPI value. The exact definitions (median of
 * an even count, the nearest-rank p90) are in {@code io.csiloop.kpi.Accumulator}.
 */
public enum Aggregation {
    COUNT("csiloop.measure.aggregation.count"),
    SUM("csiloop.measure.aggregation.sum"),
    AVERAGE("csiloop.measure.aggregation.average"),
    MIN("csiloop.measure.aggregation.min"),
    MAX("csiloop.measure.aggregation.max"),
    MEDIAN("csiloop.measure.aggregation.median"),
    P90("csiloop.measure.aggregation.p90"),
    /** The value of the latest data point of the period (the last one given when times are equal). */
    LAST("csiloop.measure.aggregation.last");

    private final String messageKey;

    Aggregation(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the aggregation's label. */
    public String messageKey() {
        return messageKey;
    }

    /** Whether computing it needs all of a period's values at once (else it runs in constant memory). */
    public boolean needsAllValues() {
        return this == MEDIAN || this == P90;
    }
}
