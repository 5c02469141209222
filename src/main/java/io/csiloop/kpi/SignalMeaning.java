package io.csiloop.kpi;

import io.csiloop.measure.Band;
import io.csiloop.measure.Direction;

/**
 * What a signal means for the measure: an improvement, a concern or neither, from the side it lies on and the
 * way the measure improves.
 *
 * <p>For a {@link Direction#WITHIN_BAND} measure the meaning depends on where the process sits: with its centre
 * above the band, a high signal moves it further away (a concern) and a low one towards the band (an
 * improvement), and the other way round below the band. With the centre inside the band a signal on either side
 * is neutral: it is worth a look, but whether the process stays in the band is what the
 * {@link AssuranceIcon} tells. A signal without a side (a jump between two points) is neutral.
 */
public enum SignalMeaning {
    /** The special cause moves the measure the way it improves. */
    IMPROVEMENT("csiloop.kpi.meaning.improvement"),
    /** The special cause moves the measure the way it deteriorates. */
    CONCERN("csiloop.kpi.meaning.concern"),
    /** Neither: no side, or a side that is neither better nor worse. */
    NEUTRAL("csiloop.kpi.meaning.neutral");

    private final String messageKey;

    SignalMeaning(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the meaning's label. */
    public String messageKey() {
        return messageKey;
    }

    /**
     * The meaning of a signal on the side for a measure of the direction.
     *
     * @param band the good interval of a {@link Direction#WITHIN_BAND} measure; ignored otherwise
     * @param centre the centre line the signal was read against (decides towards or away from the band)
     */
    public static SignalMeaning of(Signal.Side side, Direction direction, Band band, double centre) {
        if (side == Signal.Side.NONE) {
            return NEUTRAL;
        }
        int better = switch (direction) {
            case HIGHER_IS_BETTER -> 1;
            case LOWER_IS_BETTER -> -1;
            case WITHIN_BAND -> band.contains(centre) ? 0 : (centre < band.low() ? 1 : -1);
        };
        if (better == 0) {
            return NEUTRAL;
        }
        return (side == Signal.Side.HIGH) == (better > 0) ? IMPROVEMENT : CONCERN;
    }
}
