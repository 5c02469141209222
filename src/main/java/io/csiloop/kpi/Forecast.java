package io.csiloop.kpi;

import java.util.Objects;
import java.util.Optional;

/**
 * When a KPI will reach its target if it keeps moving at its trend's rate.
 *
 * @param outcome what the forecast says; never null
 * @param period the period in which the fitted trend line first reaches the target; present exactly
 *     when the outcome is {@link Outcome#REACHED_IN}
 */
public record Forecast(Outcome outcome, Optional<Period> period) {

    /** What a forecast can say. */
    public enum Outcome {
        /** The latest value already meets the target (within a band: lies in it). */
        ALREADY_MET("csiloop.kpi.forecast.alreadyMet"),
        /** At the trend's rate the target is reached in {@link Forecast#period()}. */
        REACHED_IN("csiloop.kpi.forecast.reachedIn"),
        /**
         * Not at this rate: the trend is flat or moves away from the target, or it would take more
         * than {@link Forecast#HORIZON} periods.
         */
        NOT_AT_THIS_RATE("csiloop.kpi.forecast.notAtThisRate");

        private final String messageKey;

        Outcome(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The i18n key of the outcome's sentence; {@code REACHED_IN} takes the period's label as {0}. */
        public String messageKey() {
            return messageKey;
        }
    }

    /** The furthest a forecast looks ahead, in periods: beyond it a date is meaningless. */
    public static final long HORIZON = 10_000;

    public Forecast {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(period, "period");
        if (period.isPresent() != (outcome == Outcome.REACHED_IN)) {
            throw new IllegalArgumentException("a period goes with REACHED_IN only: " + outcome);
        }
    }

    static Forecast alreadyMet() {
        return new Forecast(Outcome.ALREADY_MET, Optional.empty());
    }

    static Forecast notAtThisRate() {
        return new Forecast(Outcome.NOT_AT_THIS_RATE, Optional.empty());
    }

    static Forecast reachedIn(Period period) {
        return new Forecast(Outcome.REACHED_IN, Optional.of(period));
    }
}
