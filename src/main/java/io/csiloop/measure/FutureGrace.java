package io.csiloop.measure;

import java.time.Duration;

/**
 * How long after the end of a definition's current reporting period a data point may still be dated, as a Jira
 * administrator sets it: whole hours, none by default. A value from the future cannot have been measured, so the
 * grace exists only for what is not the future at the collector: a clock or time zone set wrong (the zones of the
 * world lie at most 26 hours apart) or a reading taken a day before the period it stands for ends. A week is the
 * most: a grace longer than that would let a weekly measure record a whole period that has not begun.
 *
 * @param hours from {@value #MIN_HOURS} to {@value #MAX_HOURS}
 */
public record FutureGrace(int hours) {

    public static final int MIN_HOURS = 0;
    /** One week. */
    public static final int MAX_HOURS = 168;

    /** What applies before an administrator sets anything: no point dated after the current period. */
    public static final FutureGrace NONE = new FutureGrace(MIN_HOURS);

    public FutureGrace {
        if (hours < MIN_HOURS || hours > MAX_HOURS) {
            throw new IllegalArgumentException("future grace out of range: " + hours + " hours");
        }
    }

    public Duration duration() {
        return Duration.ofHours(hours);
    }
}
