package io.csiloop.application.automation;

import io.csiloop.measure.MeasurementSource;
import io.csiloop.port.IssueEvent;

/** What a JQL-based measurement collects from the issues its query matches, for each period. */
public enum CollectedMeasure {
    /** How many issues were created in the period: one data point per period. */
    CREATED_COUNT(MeasurementSource.JQL_COUNT, IssueEvent.CREATED),
    /** How many issues were resolved in the period: one data point per period. */
    RESOLVED_COUNT(MeasurementSource.JQL_COUNT, IssueEvent.RESOLVED),
    /**
     * The time from creation to resolution of each issue resolved in the period: one data point per issue,
     * observed when it was resolved, which the definition aggregates (average, median, p90...).
     */
    CREATED_TO_RESOLVED(MeasurementSource.JQL_DURATION, IssueEvent.RESOLVED);

    private final MeasurementSource source;
    private final IssueEvent event;

    CollectedMeasure(MeasurementSource source, IssueEvent event) {
        this.source = source;
        this.event = event;
    }

    /** The definition source this measure fills. */
    public MeasurementSource source() {
        return source;
    }

    /** The event that places an issue in a period. */
    public IssueEvent event() {
        return event;
    }

    public boolean isDuration() {
        return source == MeasurementSource.JQL_DURATION;
    }

    /** The i18n key of the measure's label. */
    public String messageKey() {
        return "csiloop.automation.measure." + name();
    }
}
