package io.csiloop.application.automation;

import io.csiloop.kernel.Repository;
import io.csiloop.kpi.Period;
import io.csiloop.measure.PeriodUnit;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * The ledger of completed periods: one row per definition and period whose data and snapshot are stored. It is
 * written in the same transaction as that data and snapshot, and its key (definition, period length, period start)
 * is unique, so a period is completed once: a second attempt, by this node or another, fails and rolls back.
 */
@Repository
public interface CompletedPeriods {

    /**
     * Records the period as complete with its snapshot.
     *
     * @throws RuntimeException (an integrity violation from the database) when the period is complete already
     */
    void complete(int definitionId, Period period, int snapshotId, Instant at);

    boolean isComplete(int definitionId, Period period);

    /**
     * The start instants of the completed periods of each definition from {@code from} on, counting only periods
     * of the length the definition has now, in a constant number of statements per 1,000 definitions.
     *
     * @param units the period length of each definition, by id
     */
    Map<Integer, Set<Instant>> completedSince(Map<Integer, PeriodUnit> units, Instant from);
}
