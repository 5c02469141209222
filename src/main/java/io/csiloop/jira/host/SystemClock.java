package io.csiloop.jira.host;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of the app's beans inside Jira: the system clock in UTC, as a class with one public constructor so
 * that the plugin context can declare it like any bean (tests give the repositories a fixed clock instead).
 */
public final class SystemClock extends Clock {

    private final Clock clock = Clock.systemUTC();

    public SystemClock() {
        // The system clock needs no setting.
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return clock.withZone(zone);
    }

    @Override
    public Instant instant() {
        return clock.instant();
    }

    @Override
    public long millis() {
        return clock.millis();
    }
}
