package io.csiloop.application.automation;

import io.csiloop.measure.PeriodUnit;

/**
 * How far back a JQL collection reaches the first time: at most the periods of 24 months, so that configuring a
 * daily measure cannot start years of searches.
 */
public final class Backfill {

    private Backfill() {
    }

    /** The most periods of the unit a backfill covers: those of 24 months. */
    public static int maxPeriods(PeriodUnit unit) {
        return switch (unit) {
            case DAY -> 731;
            case WEEK -> 105;
            case MONTH -> 24;
            case QUARTER -> 8;
        };
    }

    /** What a new configuration proposes: about a year. */
    public static int defaultPeriods(PeriodUnit unit) {
        return switch (unit) {
            case DAY -> 90;
            case WEEK -> 26;
            case MONTH -> 12;
            case QUARTER -> 4;
        };
    }
}
