package io.csiloop.view.automation;

import io.csiloop.application.automation.AutomationProgress;
import io.csiloop.application.automation.Backfill;
import io.csiloop.application.automation.CollectedMeasure;
import io.csiloop.application.automation.DefinitionAutomation;
import io.csiloop.application.automation.DurationUnit;
import io.csiloop.application.automation.JqlCollection;
import io.csiloop.application.automation.OverdueMeasurement;
import io.csiloop.application.automation.StoredAutomation;
import io.csiloop.kernel.MessageSource;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.view.Choice;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * One measurement on the project page: its automation as a form fills it in, and where its collection stands
 * (progress, last error) or, for a measure fed by hand, whether it is overdue. Getters on the Velocity allowlist.
 */
public final class DefinitionRow {

    private final StoredDefinition stored;
    private final DefinitionAutomation automation;
    private final AutomationProgress progress;
    private final String overdue;
    private final ZoneId zone;
    private final MessageSource messages;

    public DefinitionRow(StoredDefinition stored, StoredAutomation automation, OverdueMeasurement overdue, ZoneId zone,
            MessageSource messages) {
        this.stored = stored;
        this.messages = messages;
        this.zone = zone;
        this.automation = automation == null ? null : automation.automation();
        this.progress = automation == null ? AutomationProgress.NONE : automation.progress();
        this.overdue = overdue == null ? "" : text("csiloop.automation.overdue", overdue.period().label());
    }

    public int getId() {
        return stored.id();
    }

    public String getKey() {
        return measure().key();
    }

    public String getName() {
        return measure().name();
    }

    public String getSource() {
        return text(measure().source().messageKey());
    }

    /** Whether the measure is collected by JQL, so the page offers a query. */
    public boolean isCollectedByJql() {
        return measure().source() == MeasurementSource.JQL_COUNT || measure().source() == MeasurementSource.JQL_DURATION;
    }

    public boolean isDuration() {
        return measure().source() == MeasurementSource.JQL_DURATION;
    }

    public String getJql() {
        return collection() == null ? "" : collection().jql();
    }

    /** The measures that fit the definition's source. */
    public List<Choice> getMeasures() {
        return Arrays.stream(CollectedMeasure.values()).filter(m -> m.source() == measure().source())
                .map(m -> new Choice(m.name(), text(m.messageKey()), collection() != null && collection().measure() == m))
                .toList();
    }

    public List<Choice> getDurationUnits() {
        DurationUnit current = collection() == null || collection().durationUnit() == null ? DurationUnit.HOURS
                : collection().durationUnit();
        return Arrays.stream(DurationUnit.values()).map(u -> new Choice(u.name(), text(u.messageKey()), u == current))
                .toList();
    }

    public String getBackfillPeriods() {
        return Integer.toString(automation == null ? Backfill.defaultPeriods(measure().period()) : automation.backfillPeriods());
    }

    public int getBackfillMax() {
        return Backfill.maxPeriods(measure().period());
    }

    public boolean isRaise() {
        return automation != null && automation.raising().enabled();
    }

    public String getOffTargetPeriods() {
        return automation == null ? "0" : Integer.toString(automation.raising().offTargetPeriods());
    }

    public boolean isChartSignals() {
        return automation != null && automation.raising().chartSignals();
    }

    public boolean isConfigured() {
        return automation != null;
    }

    /** Where the definition's form saves its automation and "Remove" removes it, below the REST API's base. */
    public String getAutomationPath() {
        return ProjectAutomationPage.automationPath(stored.projectId()) + "/definitions/" + stored.id();
    }

    /** Where the collection stands, in words. */
    public String getStatus() {
        if (!isCollectedByJql()) {
            return overdue;
        }
        if (collection() == null) {
            return text("csiloop.automation.progress.notConfigured");
        }
        return progress.total() == 0 ? text("csiloop.automation.progress.none")
                : messages.text("csiloop.automation.progress", List.of(progress.done(), progress.total()));
    }

    /** The last failure, with when it happened; empty when the last attempt went well. */
    public String getLastError() {
        if (progress.lastError() == null) {
            return "";
        }
        return messages.text("csiloop.automation.lastError", List.of(Times.format(progress.lastErrorAt(), zone),
                progress.lastError()));
    }

    private MeasurementDefinition measure() {
        return stored.definition();
    }

    private JqlCollection collection() {
        return automation == null ? null : automation.collection();
    }

    private String text(String key, Object... params) {
        return messages.text(key, List.of(params));
    }
}
