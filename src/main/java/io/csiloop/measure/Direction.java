package io.csiloop.measure;

/** Which way a measure improves. */
public enum Direction {
    /** More is better (e.g. first-contact resolution rate); judged against a target. */
    HIGHER_IS_BETTER("csiloop.measure.direction.higherIsBetter"),
    /** Less is better (e.g. time to resolve); judged against a target. */
    LOWER_IS_BETTER("csiloop.measure.direction.lowerIsBetter"),
    /** Good inside a band, bad on either side (e.g. CPU load 40-70 %); judged against a band. */
    WITHIN_BAND("csiloop.measure.direction.withinBand");

    private final String messageKey;

    Direction(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the direction's label. */
    public String messageKey() {
        return messageKey;
    }

    /** Whether a measure of this direction is judged against a single target (else a band). */
    public boolean needsTarget() {
        return this != WITHIN_BAND;
    }
}
