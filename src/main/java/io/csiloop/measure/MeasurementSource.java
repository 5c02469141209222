package io.csiloop.measure;

/** Where a measure's data points come from. */
public enum MeasurementSource {
    /** Typed in by a person ("record a value"). */
    MANUAL("csiloop.measure.source.manual"),
    /** Imported from a CSV file. */
    CSV("csiloop.measure.source.csv"),
    /** Collected from Jira: the number of issues a JQL query finds. */
    JQL_COUNT("csiloop.measure.source.jqlCount"),
    /** Collected from Jira: the average of a duration (e.g. time to resolution) over a JQL query. */
    JQL_DURATION("csiloop.measure.source.jqlDuration");

    private final String messageKey;

    MeasurementSource(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the source's label. */
    public String messageKey() {
        return messageKey;
    }
}
