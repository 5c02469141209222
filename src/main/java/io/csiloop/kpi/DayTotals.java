package io.csiloop.kpi;

import io.csiloop.kernel.Repository;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.util.Collection;

/**
 * The totals per day (count, sum, minimum, maximum) of each definition's points, kept for the days that have
 * settled, so that {@link PeriodAggregates} reads a long window as one row a day instead of totalling every point
 * again. The scheduled run rolls them forward; every write of points keeps them honest on its own (a write into a
 * totalled day sends the reads of that day and later back to the points until the next roll-forward).
 */
@Repository
public interface DayTotals {

    /**
     * Totals the days of each definition that are not yet totalled, up to but not including the day before
     * {@code now}'s day in the reporting zone (today and yesterday still receive points as a rule). Each definition
     * is rolled in a transaction of its own.
     *
     * @return how many definitions had days totalled
     */
    int rollForward(Collection<StoredDefinition> definitions, Instant now);
}
