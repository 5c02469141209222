package io.csiloop.kpi;

import io.csiloop.measure.Band;
import io.csiloop.measure.Direction;

import java.util.Optional;

/**
 * The assurance icon of Making Data Count: where the target sits against the natural process limits, and so
 * whether the process as it runs will meet it (NHSRplotthedots' {@code ptd_calculate_assurance_type}).
 *
 * <p>A higher-is-better measure whose target lies above the upper limit will consistently fail it, below the
 * lower limit consistently pass it, and between them (a limit on the target included) hit and miss it by chance;
 * lower-is-better the other way round. A measure within a band consistently passes when both limits lie in the
 * band, consistently fails when the limits lie wholly on one side of it, and hits and misses otherwise.
 *
 * <p>A constant process (limits of zero width) is decided by the constant against the target: it consistently
 * passes when the constant meets the target (or lies in the band) and consistently fails otherwise; it cannot hit
 * and miss.
 */
public enum AssuranceIcon {
    /** The target lies beyond the limits on the good side: every value of the process as it runs meets it. */
    CONSISTENTLY_PASS("csiloop.kpi.assurance.consistentlyPass"),
    /** The target lies beyond the limits on the bad side: the process as it runs will not meet it. */
    CONSISTENTLY_FAIL("csiloop.kpi.assurance.consistentlyFail"),
    /** The target lies between the limits: the process meets it some periods and misses it others, by chance. */
    HIT_AND_MISS("csiloop.kpi.assurance.hitAndMiss");

    private final String messageKey;

    AssuranceIcon(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the icon's label. */
    public String messageKey() {
        return messageKey;
    }

    /**
     * The icon of a process with these limits, or empty without a target (or band) to judge against.
     *
     * @param target the target of a higher- or lower-is-better measure; may be null
     * @param band the good interval of a {@link Direction#WITHIN_BAND} measure; may be null
     */
    public static Optional<AssuranceIcon> of(XmrLimits limits, Direction direction, Double target, Band band) {
        double lower = limits.lowerLimit();
        double upper = limits.upperLimit();
        if (direction == Direction.WITHIN_BAND) {
            if (band == null) {
                return Optional.empty();
            }
            if (band.contains(lower) && band.contains(upper)) {
                return Optional.of(CONSISTENTLY_PASS);
            }
            return Optional.of(upper < band.low() || lower > band.high() ? CONSISTENTLY_FAIL : HIT_AND_MISS);
        }
        if (target == null) {
            return Optional.empty();
        }
        boolean increasing = direction == Direction.HIGHER_IS_BETTER;
        if (limits.averageMovingRange() == 0) {
            boolean meets = increasing ? limits.centre() >= target : limits.centre() <= target;
            return Optional.of(meets ? CONSISTENTLY_PASS : CONSISTENTLY_FAIL);
        }
        if (target > upper) {
            return Optional.of(increasing ? CONSISTENTLY_FAIL : CONSISTENTLY_PASS);
        }
        if (target < lower) {
            return Optional.of(increasing ? CONSISTENTLY_PASS : CONSISTENTLY_FAIL);
        }
        return Optional.of(HIT_AND_MISS);
    }
}
