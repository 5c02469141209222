package io.csiloop.application.automation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * When the job runs: every so many minutes, or by a cron expression (Quartz syntax, as Jira's scheduler reads it,
 * e.g. {@code 0 30 1 * * ?} for 01:30 every day) in the settings' time zone.
 *
 * @param intervalMinutes the interval for {@link Kind#INTERVAL}; null for cron
 * @param cron the expression for {@link Kind#CRON}; null for an interval
 */
public record RunSchedule(Kind kind, Integer intervalMinutes, String cron) {

    public static final int INTERVAL_MIN = 5;
    /** Four weeks: a longer interval would skip whole weekly periods. */
    public static final int INTERVAL_MAX = 40_320;
    public static final int CRON_MAX = 120;
    /** Six or seven fields of the characters Quartz uses; Jira's own parser checks the rest. */
    private static final Pattern CRON_SHAPE = Pattern.compile("[0-9A-Za-z*?/,#\\-]+( [0-9A-Za-z*?/,#\\-]+){5,6}");

    /** The two ways to schedule. */
    public enum Kind { INTERVAL, CRON }

    /** Every night at 01:30, soon after daily periods close. */
    public static final RunSchedule DEFAULT = cron("0 30 1 * * ?");

    public RunSchedule {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.INTERVAL && (intervalMinutes == null || cron != null)) {
            throw new IllegalArgumentException("an interval schedule has minutes and no cron expression");
        }
        if (kind == Kind.CRON && (cron == null || intervalMinutes != null)) {
            throw new IllegalArgumentException("a cron schedule has an expression and no minutes");
        }
    }

    public static RunSchedule every(int minutes) {
        return new RunSchedule(Kind.INTERVAL, minutes, null);
    }

    public static RunSchedule cron(String expression) {
        return new RunSchedule(Kind.CRON, null, expression);
    }

    /** Whether the interval is in range or the expression has the shape of a cron expression. */
    boolean wellFormed() {
        if (kind == Kind.INTERVAL) {
            return intervalMinutes >= INTERVAL_MIN && intervalMinutes <= INTERVAL_MAX;
        }
        return cron.length() <= CRON_MAX && CRON_SHAPE.matcher(cron.strip()).matches();
    }
}
