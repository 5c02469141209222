package io.csiloop.rest;

import io.csiloop.application.automation.AutomationInput;
import io.csiloop.application.automation.DefinitionAutomation;
import io.csiloop.application.automation.JqlCollection;
import io.csiloop.application.automation.StoredAutomation;

/**
 * A measurement definition's automation, as a client saves it and as it was saved: its JQL collection (JQL sources
 * only) and when its signals raise Improvements. The application checks it (every error at once, named by these
 * fields).
 *
 * @param jql the query; null for a measure fed by hand or CSV
 * @param measure {@code CREATED_COUNT}, {@code RESOLVED_COUNT} or {@code CREATED_TO_RESOLVED}, fitting the source
 * @param durationUnit {@code MINUTES}, {@code HOURS} or {@code DAYS}, for {@code CREATED_TO_RESOLVED}
 * @param backfillPeriods how many past periods the first collection computes; null for the default
 * @param raise whether the definition's signals raise Improvements; null means false
 * @param offTargetPeriods raise after this many consecutive off-target periods; null or 0 for never
 * @param chartSignals raise on control-chart signals; null means false
 */
public record DefinitionAutomationDto(String jql, String measure, String durationUnit, Integer backfillPeriods,
        Boolean raise, Integer offTargetPeriods, Boolean chartSignals) implements JsonBody {

    /** The automation as the application reads a form. */
    AutomationInput input() {
        return new AutomationInput(jql, measure, durationUnit, AutomationSettingsDto.text(backfillPeriods),
                Boolean.TRUE.equals(raise), AutomationSettingsDto.text(offTargetPeriods), Boolean.TRUE.equals(chartSignals));
    }

    static DefinitionAutomationDto of(StoredAutomation stored) {
        DefinitionAutomation automation = stored.automation();
        JqlCollection collection = automation.collection();
        return new DefinitionAutomationDto(collection == null ? null : collection.jql(),
                collection == null ? null : collection.measure().name(),
                collection == null || collection.durationUnit() == null ? null : collection.durationUnit().name(),
                automation.backfillPeriods(), automation.raising().enabled(), automation.raising().offTargetPeriods(),
                automation.raising().chartSignals());
    }
}
