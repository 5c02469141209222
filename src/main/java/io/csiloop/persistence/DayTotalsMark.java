package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.persistence.entity.MeasurementDefEntity;
import net.java.ao.Query;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The writers' side of the day totals ({@link AoDayTotals}): each transaction that writes a definition's points
 * calls {@link #pointsWritten} before it writes them. It locks the definition's row by writing when its points were
 * written (an UPDATE holds the row until commit on every database Jira supports), reads the definition's mark
 * afresh under that lock and lowers it to the earliest day the write touches when that day is totalled.
 *
 * <p>Why the lock: the roll-forward locks the same row before it totals the points. Whichever comes second sees the
 * other's commit: a roll-forward after a write totals the written points; a write after a roll-forward reads the
 * raised mark and lowers it again. Without it, a roll-forward could total a day while a write into that day was
 * still uncommitted, then raise the mark past it, and the point would never be read. Writers of one definition take
 * turns too; they always did on its points' pages.
 */
final class DayTotalsMark {

    private DayTotalsMark() {
    }

    /**
     * @param earliestDay the earliest epoch day (reporting zone) the write adds a point to or removes one from
     * @return the definition's row, locked, or empty when there is no such definition
     */
    static Optional<MeasurementDefEntity> pointsWritten(ActiveObjects ao, int definitionId, int earliestDay, long now) {
        Optional<MeasurementDefEntity> fresh = lockAndRead(ao, definitionId, lock -> lock.setPointsWrittenAtMillis(now));
        fresh.ifPresent(row -> {
            Integer before = row.getDayTotalsBefore();
            if (before != null && earliestDay < before) {
                row.setDayTotalsBefore(earliestDay);
                row.save();
            }
        });
        return fresh;
    }

    /**
     * Locks the definition's row for the rest of the transaction by writing a column of the lock's own (never the
     * mark: a value read before holding the lock may be stale), then reads the mark afresh under the lock.
     *
     * @return the definition's id and mark as committed before the lock was granted, or empty if it is not there
     */
    static Optional<MeasurementDefEntity> lockAndRead(ActiveObjects ao, int definitionId,
                                                      Consumer<MeasurementDefEntity> lockColumn) {
        MeasurementDefEntity lock = ao.get(MeasurementDefEntity.class, definitionId);
        if (lock == null) {
            return Optional.empty();
        }
        lockColumn.accept(lock);
        lock.save();
        MeasurementDefEntity[] fresh = ao.find(MeasurementDefEntity.class,
                Query.select("ID, DAY_TOTALS_BEFORE").where("ID = ?", definitionId));
        return fresh.length == 0 ? Optional.empty() : Optional.of(fresh[0]);
    }
}
