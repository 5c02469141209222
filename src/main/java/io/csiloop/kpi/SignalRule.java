package io.csiloop.kpi;

/**
 * The run rules an XmR chart is read with, sigma being the average moving range / 1.128. Which of them apply is
 * the measure's {@link io.csiloop.measure.RuleProfile}. "Beyond" is strict: a point on a line is not beyond it,
 * and a point on the centre line is on neither side.
 */
public enum SignalRule {
    /** One point beyond a natural process limit (centre &plusmn; 3 sigma). Every profile. */
    BEYOND_LIMIT("csiloop.kpi.signal.beyondLimit"),
    /** One moving range above the upper range limit: a sudden jump between two successive points. Western Electric. */
    RANGE_BEYOND_LIMIT("csiloop.kpi.signal.rangeBeyondLimit"),
    /** Eight or more successive points on the same side of the centre line. Western Electric. */
    RUN_OF_EIGHT("csiloop.kpi.signal.runOfEight"),
    /** Seven or more successive points on the same side of the centre line. Making Data Count and KPI Signals. */
    SHIFT_OF_SEVEN("csiloop.kpi.signal.shiftOfSeven"),
    /**
     * Seven or more successive points each higher (or each lower) than the one before; an equal value breaks the
     * run. Making Data Count.
     */
    TREND_OF_SEVEN("csiloop.kpi.signal.trendOfSeven"),
    /** Two of three successive points beyond two sigma on the same side. Western Electric. */
    TWO_OF_THREE_BEYOND_TWO_SIGMA("csiloop.kpi.signal.twoOfThree"),
    /**
     * Three successive points on the same side of the centre line, two of them beyond that side's two-sigma line.
     * Making Data Count.
     */
    TWO_OF_THREE_NEAR_LIMIT("csiloop.kpi.signal.twoOfThreeNearLimit"),
    /**
     * Four successive points on the same side of the centre line, three of them beyond that side's two-sigma
     * line. KPI Signals' "short run".
     */
    THREE_OF_FOUR_BEYOND_TWO_SIGMA("csiloop.kpi.signal.threeOfFour"),
    /** Four of five successive points beyond one sigma, on the same side. Western Electric. */
    FOUR_OF_FIVE_BEYOND_ONE_SIGMA("csiloop.kpi.signal.fourOfFive");

    private final String messageKey;

    SignalRule(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the rule's description. */
    public String messageKey() {
        return messageKey;
    }

    /** Whether the rule detects a sustained shift (a run), not a single unusual point nor a trend. */
    public boolean detectsShift() {
        return switch (this) {
            case RUN_OF_EIGHT, SHIFT_OF_SEVEN, TWO_OF_THREE_BEYOND_TWO_SIGMA, TWO_OF_THREE_NEAR_LIMIT,
                    THREE_OF_FOUR_BEYOND_TWO_SIGMA, FOUR_OF_FIVE_BEYOND_ONE_SIGMA -> true;
            case BEYOND_LIMIT, RANGE_BEYOND_LIMIT, TREND_OF_SEVEN -> false;
        };
    }
}
