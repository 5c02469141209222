package io.csiloop.kpi;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/**
 * What a KPI's trend says about reaching its target. A date only when the trend is real (see
 * {@link Trend#realTrend()}): a straight line through a stable process is noise, so such a process is described by
 * the level it is stable around and whether that level meets the target.
 *
 * @param outcome what the forecast says; never null
 * @param period the period in which the fitted trend line first reaches the target; present exactly
 *     when the outcome is {@link Outcome#REACHED_IN}
 * @param stableAround the mean of the fitted values; present exactly when the outcome is {@link Outcome#STABLE_AROUND}
 * @param levelMeetsTarget with {@code STABLE_AROUND}, whether that mean meets the target (the latest value does not);
 *     false otherwise
 */
public record Forecast(Outcome outcome, Optional<Period> period, OptionalDouble stableAround,
        boolean levelMeetsTarget) {

    /** What a forecast can say. */
    public enum Outcome {
        /** The latest value already meets the target (within a band: lies in it). */
        ALREADY_MET("csiloop.kpi.forecast.alreadyMet"),
        /** The trend is real, and at its rate the target is reached in {@link Forecast#period()}. */
        REACHED_IN("csiloop.kpi.forecast.reachedIn"),
        /**
         * The trend is real but not at this rate: it moves away from the target, or it would take more than
         * {@link Forecast#HORIZON} periods.
         */
        NOT_AT_THIS_RATE("csiloop.kpi.forecast.notAtThisRate"),
        /**
         * No real trend and the latest value misses the target: the process is stable around
         * {@link Forecast#stableAround()}, and that is what it will deliver until something changes it.
         */
        STABLE_AROUND("csiloop.kpi.forecast.stableAround");

        private final String messageKey;

        Outcome(String messageKey) {
            this.messageKey = messageKey;
        }

        /**
         * The i18n key of the outcome's sentence; {@code REACHED_IN} takes the period's label as {0},
         * {@code STABLE_AROUND} the level with its unit (see {@link Forecast#messageKey()} for its variant).
         */
        public String messageKey() {
            return messageKey;
        }
    }

    /** The furthest a forecast looks ahead, in periods: beyond it a date is meaningless. */
    public static final long HORIZON = 10_000;

    /** The sentence of a stable process whose level meets the target although its latest value does not. */
    static final String STABLE_AROUND_MET_KEY = "csiloop.kpi.forecast.stableAround.met";

    public Forecast {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(stableAround, "stableAround");
        if (period.isPresent() != (outcome == Outcome.REACHED_IN)) {
            throw new IllegalArgumentException("a period goes with REACHED_IN only: " + outcome);
        }
        if (stableAround.isPresent() != (outcome == Outcome.STABLE_AROUND)) {
            throw new IllegalArgumentException("a level goes with STABLE_AROUND only: " + outcome);
        }
        if (levelMeetsTarget && outcome != Outcome.STABLE_AROUND) {
            throw new IllegalArgumentException("only a level can meet the target: " + outcome);
        }
    }

    /** The i18n key of the forecast's sentence: the outcome's, or for a level that meets the target its variant. */
    public String messageKey() {
        return levelMeetsTarget ? STABLE_AROUND_MET_KEY : outcome.messageKey();
    }

    /**
     * The sentence's argument {0}: the period's label, the level written by {@code withUnit}, or empty.
     *
     * @param withUnit how the screen writes a value of the measure with its unit
     */
    public String argument(DoubleFunction<String> withUnit) {
        if (stableAround.isPresent()) {
            return withUnit.apply(stableAround.getAsDouble());
        }
        return period.map(Period::label).orElse("");
    }

    static Forecast alreadyMet() {
        return new Forecast(Outcome.ALREADY_MET, Optional.empty(), OptionalDouble.empty(), false);
    }

    static Forecast notAtThisRate() {
        return new Forecast(Outcome.NOT_AT_THIS_RATE, Optional.empty(), OptionalDouble.empty(), false);
    }

    static Forecast reachedIn(Period period) {
        return new Forecast(Outcome.REACHED_IN, Optional.of(period), OptionalDouble.empty(), false);
    }

    static Forecast stableAround(double level, boolean meetsTarget) {
        return new Forecast(Outcome.STABLE_AROUND, Optional.empty(), OptionalDouble.of(level), meetsTarget);
    }
}
