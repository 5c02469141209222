package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.PointChange;
import io.csiloop.measure.PointChangeAction;
import io.csiloop.measure.PointEdit;
import io.csiloop.measure.StoredDataPoint;
import io.csiloop.persistence.entity.PointChangeEntity;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The history of the data points' corrections and deletions; written only inside the change's transaction. */
final class PointChangeLog {

    private PointChangeLog() {
    }

    /**
     * The number the point's next change will log under. Counted before the point is read: a writer that counts
     * after another's change was committed also reads the point as that change left it, and one that counts
     * before logs a number the other has taken, so its insert fails and its change rolls back. Counted after the
     * read, a writer could log the next number over a stale "before" and lose the other's change unseen.
     */
    static int nextNumber(ActiveObjects ao, int pointId) {
        return ao.count(PointChangeEntity.class, Query.select().where("POINT_ID = ?", pointId)) + 1;
    }

    /**
     * Logs one change of the point under {@code number} (see {@link #nextNumber}). The unique (point, number)
     * index makes this insert fail for the second of two writers that took the same number.
     */
    static void append(ActiveObjects ao, int number, StoredDataPoint before, PointChangeAction action,
            NewDataPoint after, PointEdit edit, long atMillis) {
        List<DBParam> params = new ArrayList<>(List.of(
                new DBParam("POINT_ID", before.id()),
                new DBParam("DEFINITION_ID", before.definitionId()),
                new DBParam("CHANGE_NUMBER", number),
                new DBParam("CHANGE_ACTION", action.name()),
                new DBParam("CHANGED_BY", edit.changedBy()),
                new DBParam("CHANGED_AT_MILLIS", atMillis),
                new DBParam("REASON", edit.reason()),
                new DBParam("OLD_OBSERVED_AT_MILLIS", before.point().observedAt().toEpochMilli()),
                new DBParam("OLD_MEASURED_VALUE", before.point().value())));
        if (before.note() != null) {
            params.add(new DBParam("OLD_NOTE", before.note()));
        }
        if (after != null) {
            params.add(new DBParam("NEW_OBSERVED_AT_MILLIS", after.point().observedAt().toEpochMilli()));
            params.add(new DBParam("NEW_MEASURED_VALUE", after.point().value()));
            if (after.note() != null) {
                params.add(new DBParam("NEW_NOTE", after.note()));
            }
        }
        ao.create(PointChangeEntity.class, params.toArray(DBParam[]::new));
    }

    /** The changes of the definition's point, oldest first. */
    static List<PointChange> of(ActiveObjects ao, int definitionId, int pointId) {
        Query query = Query.select().where("DEFINITION_ID = ? AND POINT_ID = ?", definitionId, pointId)
                .order("CHANGE_NUMBER ASC");
        return Arrays.stream(ao.find(PointChangeEntity.class, query)).map(PointChangeLog::change).toList();
    }

    private static PointChange change(PointChangeEntity row) {
        NewDataPoint before = new NewDataPoint(new DataPoint(Instant.ofEpochMilli(row.getOldObservedAtMillis()),
                row.getOldMeasuredValue()), row.getOldNote());
        NewDataPoint after = row.getNewObservedAtMillis() == null ? null : new NewDataPoint(new DataPoint(
                Instant.ofEpochMilli(row.getNewObservedAtMillis()), row.getNewMeasuredValue()), row.getNewNote());
        return new PointChange(row.getPointId(), row.getChangeNumber(),
                PointChangeAction.valueOf(row.getChangeAction()), row.getChangedBy(), Instant.ofEpochMilli(row.getChangedAtMillis()), before, after, row.getReason());
    }
}
