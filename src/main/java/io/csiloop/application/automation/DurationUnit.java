package io.csiloop.application.automation;

import java.time.Duration;

/** The unit a collected duration is recorded in; it should match the definition's unit. */
public enum DurationUnit {
    MINUTES(60_000d),
    HOURS(3_600_000d),
    DAYS(86_400_000d);

    private final double millis;

    DurationUnit(double millis) {
        this.millis = millis;
    }

    /** The duration in this unit, with its fraction. */
    public double of(Duration duration) {
        return duration.toMillis() / millis;
    }

    /** The i18n key of the unit's label. */
    public String messageKey() {
        return "csiloop.automation.durationUnit." + name();
    }
}
