package io.csiloop.kpi;

import io.csiloop.measure.Band;
import io.csiloop.measure.Direction;

import java.util.Comparator;
import java.util.List;

/**
 * The variation icon of Making Data Count: the state of the latest point, common cause or a special cause with
 * its meaning and side.
 *
 * <p>When the latest point belongs to more than one signal, the strongest decides, in NHSRplotthedots' order: a
 * point beyond a limit, then a trend, then the zone rules, then a run. A jump between two points (no side) does
 * not make a point special: it is left to the other rules.
 */
public enum VariationIcon {
    /** The latest point is common-cause variation. */
    COMMON_CAUSE("csiloop.kpi.variation.commonCause"),
    /** A special cause improving the measure, high. */
    IMPROVEMENT_HIGH("csiloop.kpi.variation.improvementHigh"),
    /** A special cause improving the measure, low. */
    IMPROVEMENT_LOW("csiloop.kpi.variation.improvementLow"),
    /** A special cause of concern, high. */
    CONCERN_HIGH("csiloop.kpi.variation.concernHigh"),
    /** A special cause of concern, low. */
    CONCERN_LOW("csiloop.kpi.variation.concernLow"),
    /** A special cause neither better nor worse, high. */
    NEUTRAL_HIGH("csiloop.kpi.variation.neutralHigh"),
    /** A special cause neither better nor worse, low. */
    NEUTRAL_LOW("csiloop.kpi.variation.neutralLow");

    private final String messageKey;

    VariationIcon(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the icon's label. */
    public String messageKey() {
        return messageKey;
    }

    /**
     * The icon of the last of {@code count} points.
     *
     * @param signals the signals read in those points
     * @param band the good interval of a {@link Direction#WITHIN_BAND} measure; ignored otherwise
     * @param centre the centre line the signals were read against
     */
    public static VariationIcon of(int count, List<Signal> signals, Direction direction, Band band, double centre) {
        int latest = count - 1;
        return signals.stream()
                .filter(s -> s.side() != Signal.Side.NONE && s.covers(latest))
                .min(Comparator.comparingInt(s -> strength(s.rule())))
                .map(s -> of(SignalMeaning.of(s.side(), direction, band, centre), s.side()))
                .orElse(COMMON_CAUSE);
    }

    private static VariationIcon of(SignalMeaning meaning, Signal.Side side) {
        boolean high = side == Signal.Side.HIGH;
        return switch (meaning) {
            case IMPROVEMENT -> high ? IMPROVEMENT_HIGH : IMPROVEMENT_LOW;
            case CONCERN -> high ? CONCERN_HIGH : CONCERN_LOW;
            case NEUTRAL -> high ? NEUTRAL_HIGH : NEUTRAL_LOW;
        };
    }

    /** 0 is strongest. */
    private static int strength(SignalRule rule) {
        return switch (rule) {
            case BEYOND_LIMIT -> 0;
            case TREND_OF_SEVEN -> 1;
            case TWO_OF_THREE_BEYOND_TWO_SIGMA, TWO_OF_THREE_NEAR_LIMIT, THREE_OF_FOUR_BEYOND_TWO_SIGMA,
                    FOUR_OF_FIVE_BEYOND_ONE_SIGMA -> 2;
            case RUN_OF_EIGHT, SHIFT_OF_SEVEN -> 3;
            case RANGE_BEYOND_LIMIT -> 4;
        };
    }
}
