package io.csiloop.kpi;

/**
 * The run rules an XmR chart is read with (the Western Electric zone rules as Wheeler uses them),
 * sigma being the average moving range / 1.128. "Beyond" is strict: a point on a line is not beyond
 * it, and a point on the centre line is on neither side.
 */
public enum SignalRule {
    /** One point beyond a natural process limit (centre &plusmn; 3 sigma). */
    BEYOND_LIMIT("csiloop.kpi.signal.beyondLimit"),
    /** One moving range above the upper range limit: a sudden jump between two successive points. */
    RANGE_BEYOND_LIMIT("csiloop.kpi.signal.rangeBeyondLimit"),
    /** Eight or more successive points on the same side of the centre line. */
    RUN_OF_EIGHT("csiloop.kpi.signal.runOfEight"),
    /** Two of three successive points beyond two sigma, on the same side. */
    TWO_OF_THREE_BEYOND_TWO_SIGMA("csiloop.kpi.signal.twoOfThree"),
    /** Four of five successive points beyond one sigma, on the same side. */
    FOUR_OF_FIVE_BEYOND_ONE_SIGMA("csiloop.kpi.signal.fourOfFive");

    private final String messageKey;

    SignalRule(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the rule's description. */
    public String messageKey() {
        return messageKey;
    }

    /** Whether the rule detects a sustained shift (a run), not a single unusual point. */
    public boolean detectsShift() {
        return this == RUN_OF_EIGHT || this == TWO_OF_THREE_BEYOND_TWO_SIGMA || this == FOUR_OF_FIVE_BEYOND_ONE_SIGMA;
    }
}
