package io.csiloop.kpi;

/** The answer to "did we get there?" of a {@link BeforeAfter} comparison. */
public enum Verdict {
    /** The after window is significantly better than the baseline, in the measure's direction. */
    IMPROVED("csiloop.kpi.verdict.improved"),
    /** The after window is significantly worse than the baseline. */
    WORSE("csiloop.kpi.verdict.worse"),
    /** No difference at the chosen significance level: not proof of no change, just none detected. */
    NO_DETECTABLE_CHANGE("csiloop.kpi.verdict.noDetectableChange");

    private final String messageKey;

    Verdict(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The i18n key of the verdict's sentence. */
    public String messageKey() {
        return messageKey;
    }
}
