package io.csiloop.measure;

/**
 * The set of run rules a measure's control chart is read with, chosen per measure and named wherever signals
 * are shown, so that two screens never disagree silently. The rules themselves are applied in
 * {@code io.csiloop.kpi.RunRules}; the profile lives here because the measure's definition stores it.
 */
public enum RuleProfile {
    /**
     * NHS England's "Making Data Count": a point beyond a limit; 7 points in a row on one side of the mean; 7
     * points each higher (or each lower) than the one before; 2 of 3 beyond the same 2-sigma line. The default.
     */
    MAKING_DATA_COUNT("csiloop.measure.ruleProfile.makingDataCount"),
    /**
     * The Western Electric zone rules as Wheeler uses them: a point beyond a limit; a moving range beyond its
     * limit; 8 in a row on one side; 2 of 3 beyond 2 sigma; 4 of 5 beyond 1 sigma.
     */
    WESTERN_ELECTRIC("csiloop.measure.ruleProfile.westernElectric"),
    /**
     * ServiceNow's KPI Signals: an outlier beyond 3 sigma; a short run of 4 on one side with 3 of them beyond
     * 2 sigma; a long run of 7 on one side.
     */
    KPI_SIGNALS("csiloop.measure.ruleProfile.kpiSignals");

    /** The profile of a measure that has not chosen one (and of rows stored before the choice existed). */
    public static final RuleProfile DEFAULT = MAKING_DATA_COUNT;

    private final String messageKey;

    RuleProfile(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the profile's name. */
    public String messageKey() {
        return messageKey;
    }
}
