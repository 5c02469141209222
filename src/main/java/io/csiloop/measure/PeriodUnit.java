package io.csiloop.measure;

/** The length of the periods a KPI is reported for, always counted in a given time zone. */
public enum PeriodUnit {
    /** A calendar day, midnight to midnight (23 or 25 hours on a daylight-saving change). */
    DAY("csiloop.measure.period.day"),
    /** An ISO week: Monday to Sunday, numbered within its ISO week-based year. */
    WEEK("csiloop.measure.period.week"),
    MONTH("csiloop.measure.period.month"),
    /** A calendar quarter: January-March, April-June, July-September, October-December. */
    QUARTER("csiloop.measure.period.quarter");

    private final String messageKey;

    PeriodUnit(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the period's label. */
    public String messageKey() {
        return messageKey;
    }
}
