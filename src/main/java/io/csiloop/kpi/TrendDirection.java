package io.csiloop.kpi;

import io.csiloop.measure.Band;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;

import java.util.Optional;

/**
 * Which way a measure is going, for the question "which KPIs are getting worse?": a real trend ({@link
 * Trend#realTrend()}) towards the good side improves it, one away from it worsens it, and a slope that is only noise
 * is steady. Within a band, the good side is towards the band's middle from where the latest value lies.
 */
public enum TrendDirection {
    IMPROVING, WORSENING, STEADY;

    /** The direction of the reading's trend; empty without a trend (fewer than 2 values). */
    public static Optional<TrendDirection> of(KpiReading reading) {
        return reading.trend().flatMap(t -> reading.latest().map(l -> of(t, reading.definition(), l.value())));
    }

    static TrendDirection of(Trend trend, MeasurementDefinition definition, double latest) {
        if (!trend.realTrend() || trend.slopePerPeriod() == 0) {
            return STEADY;
        }
        boolean rising = trend.slopePerPeriod() > 0;
        boolean risingIsBetter;
        if (definition.direction() == Direction.WITHIN_BAND) {
            Band band = definition.band();
            risingIsBetter = band == null || latest < (band.low() + band.high()) / 2;
        } else {
            risingIsBetter = definition.direction() == Direction.HIGHER_IS_BETTER;
        }
        return rising == risingIsBetter ? IMPROVING : WORSENING;
    }
}
