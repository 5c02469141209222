package io.csiloop.kpi;

import io.csiloop.measure.Band;
import io.csiloop.measure.MeasurementDefinition;
import java.util.OptionalDouble;

/** The RAG status of a KPI value against its definition's target or band and tolerance. */
public enum KpiStatus {
    ON_TARGET("csiloop.kpi.status.onTarget"),
    NEAR_TARGET("csiloop.kpi.status.nearTarget"),
    OFF_TARGET("csiloop.kpi.status.offTarget"),
    NO_DATA("csiloop.kpi.status.noData");

    private final String messageKey;

    KpiStatus(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the status's label. */
    public String messageKey() {
        return messageKey;
    }

    /**
     * The status of a value (empty: {@link #NO_DATA}). With target t and tolerance d, both ends
     * included: higher-is-better is on target for v &ge; t, near for v &ge; t - d; lower-is-better on
     * target for v &le; t, near for v &le; t + d; within a band [l, h] on target for l &le; v &le; h,
     * near for l - d &le; v &le; h + d; anything else is off target.
     */
    public static KpiStatus of(MeasurementDefinition definition, OptionalDouble value) {
        return value.isEmpty() ? NO_DATA : rated(definition, value.getAsDouble());
    }

    /** The status of a period's value. */
    public static KpiStatus of(MeasurementDefinition definition, KpiValue value) {
        return rated(definition, value.value()); // no OptionalDouble per period: values come by the thousand
    }

    private static KpiStatus rated(MeasurementDefinition definition, double v) {
        double d = definition.tolerance();
        return switch (definition.direction()) {
            case HIGHER_IS_BETTER -> rate(v >= definition.target(), v >= definition.target() - d);
            case LOWER_IS_BETTER -> rate(v <= definition.target(), v <= definition.target() + d);
            case WITHIN_BAND -> {
                Band band = definition.band();
                yield rate(band.contains(v), v >= band.low() - d && v <= band.high() + d);
            }
        };
    }

    private static KpiStatus rate(boolean onTarget, boolean nearTarget) {
        if (onTarget) {
            return ON_TARGET;
        }
        return nearTarget ? NEAR_TARGET : OFF_TARGET;
    }
}
