package com.atlassian.scheduler.config;

import java.util.Date;
import java.util.Objects;
import java.util.TimeZone;

/**
 * Compile-only stand-in, a value class. Mirrors https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/Schedule.html
 * ({@code runOnce(Date)} is {@code forInterval(0, runTime)}, as in the published binary). The schedule's info
 * objects are not declared: the app only builds schedules.
 */
public final class Schedule {

    private final Type type;
    private final long intervalInMillis;
    private final Date firstRunTime;
    private final String cronExpression;
    private final TimeZone timeZone;

    private Schedule(Type type, long intervalInMillis, Date firstRunTime, String cronExpression, TimeZone timeZone) {
        this.type = type;
        this.intervalInMillis = intervalInMillis;
        this.firstRunTime = firstRunTime;
        this.cronExpression = cronExpression;
        this.timeZone = timeZone;
    }

    public static Schedule forCronExpression(String cronExpression, TimeZone timeZone) {
        return new Schedule(Type.CRON_EXPRESSION, 0, null, Objects.requireNonNull(cronExpression), timeZone);
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule(Type.INTERVAL, intervalInMillis, firstRunTime, null, null);
    }

    public static Schedule runOnce(Date runTime) {
        return forInterval(0L, runTime);
    }

    public Type getType() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule other && type == other.type && intervalInMillis == other.intervalInMillis
                && Objects.equals(firstRunTime, other.firstRunTime) && Objects.equals(cronExpression, other.cronExpression)
                && Objects.equals(timeZone, other.timeZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, intervalInMillis, firstRunTime, cronExpression, timeZone);
    }

    @Override
    public String toString() {
        return "Schedule[" + type + "," + (type == Type.INTERVAL ? intervalInMillis + "ms from " + firstRunTime
                : cronExpression + " " + (timeZone == null ? null : timeZone.getID())) + "]";
    }

    /** Compile-only stand-in of the nested enum {@code Schedule.Type}. */
    public enum Type {
        CRON_EXPRESSION,
        INTERVAL
    }
}
