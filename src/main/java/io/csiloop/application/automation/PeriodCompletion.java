package io.csiloop.application.automation;

import io.csiloop.kpi.KpiSnapshot;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.StoredSnapshot;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.Transactions;

import java.util.List;

/**
 * Completes one period of one definition in one transaction: the data points collected for it, its KPI snapshot,
 * its row in the ledger of {@link CompletedPeriods} and the definition's progress. A failure anywhere (a crash, a
 * database error, a second run that completed the period first) rolls all of it back, so a period is either
 * complete with everything or not touched at all, and the next run completes it.
 */
public final class PeriodCompletion {

    private final Transactions transactions;
    private final DataPoints points;
    private final KpiSnapshots snapshots;
    private final CompletedPeriods ledger;
    private final DefinitionAutomations automations;

    public PeriodCompletion(Transactions transactions, DataPoints points, KpiSnapshots snapshots,
            CompletedPeriods ledger, DefinitionAutomations automations) {
        this.transactions = transactions;
        this.points = points;
        this.snapshots = snapshots;
        this.ledger = ledger;
        this.automations = automations;
    }

    /**
     * @param collected data points collected from Jira for the period (none for hand-fed data)
     * @param progress the definition's progress once the period is complete; null for a definition without
     *     configuration
     * @return true when this call completed the period; false when another run had completed it meanwhile (its
     *     transaction holds the data, this one left nothing)
     */
    public boolean complete(StoredDefinition definition, Period period, List<DataPoint> collected, KpiSnapshot snapshot,
            AutomationProgress progress) {
        try {
            transactions.inTransaction(() -> {
                if (!collected.isEmpty()) {
                    Provenance automatic = new Provenance(definition.definition().source(), null, snapshot.cycle());
                    points.record(definition.id(), automatic, collected.stream().map(NewDataPoint::of).toList());
                }
                StoredSnapshot stored = snapshots.record(List.of(snapshot)).get(0);
                ledger.complete(definition.id(), period, stored.id(), snapshot.takenAt());
                if (progress != null) {
                    automations.progress(definition.id(), progress);
                }
                return null;
            });
            return true;
        } catch (RuntimeException e) {
            if (completedElsewhere(definition, period, e)) {
                return false;
            }
            throw e;
        }
    }

    /** Whether another run completed the period; the failure stays the one reported when even that cannot be read. */
    private boolean completedElsewhere(StoredDefinition definition, Period period, RuntimeException failure) {
        try {
            return ledger.isComplete(definition.id(), period);
        } catch (RuntimeException unreadable) {
            failure.addSuppressed(unreadable);
            return false;
        }
    }
}
