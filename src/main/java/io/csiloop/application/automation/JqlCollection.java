package io.csiloop.application.automation;

import java.util.Objects;

/**
 * How a JQL-based measurement is collected.
 *
 * @param jql the query; the job adds the period's time window to it
 * @param measure what is collected from the matching issues
 * @param durationUnit the unit of collected durations; null unless the measure is a duration
 */
public record JqlCollection(String jql, CollectedMeasure measure, DurationUnit durationUnit) {

    /** The longest query accepted. */
    public static final int JQL_MAX = 10_000;

    public JqlCollection {
        Objects.requireNonNull(jql, "jql");
        Objects.requireNonNull(measure, "measure");
        if (measure.isDuration() != (durationUnit != null)) {
            throw new IllegalArgumentException("a duration unit goes with a duration measure, and only with one");
        }
    }
}
