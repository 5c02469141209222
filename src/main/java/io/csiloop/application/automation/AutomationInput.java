package io.csiloop.application.automation;

/**
 * A definition's automation as a form sends it, checked by {@link DefinitionAutomationService}.
 *
 * @param jql the query (JQL sources only)
 * @param measure a {@link CollectedMeasure} name (JQL sources only)
 * @param durationUnit a {@link DurationUnit} name (duration measures only)
 * @param backfillPeriods how many past periods the first collection computes; blank for the default
 * @param raise whether this definition's signals raise Improvement issues
 * @param offTargetPeriods raise after this many consecutive off-target periods; blank or 0 for never
 * @param chartSignals raise on control-chart signals
 */
public record AutomationInput(String jql, String measure, String durationUnit, String backfillPeriods, boolean raise,
        String offTargetPeriods, boolean chartSignals) {
}
