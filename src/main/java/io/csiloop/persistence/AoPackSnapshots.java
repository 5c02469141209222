package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.pack.PackSnapshots;
import io.csiloop.pack.StoredPack;
import io.csiloop.persistence.entity.PackSnapshotEntity;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link PackSnapshots} over Active Objects: rows are only ever inserted, each with the claim of its cycle's pack
 * (see {@link CycleEvents}), which lets one insert per cycle through on whichever node. Packs stored before the
 * claim existed have none; {@link #ofCycle} finds them all the same.
 */
public final class AoPackSnapshots implements PackSnapshots {

    private final ActiveObjects ao;

    public AoPackSnapshots(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return ao.executeInTransaction(work::get);
        } catch (RuntimeException e) {
            if (IntegrityViolation.causes(e)) { // the claim of the cycle's pack: a concurrent producer won
                throw new ConcurrentChange("the pack of this cycle was produced by someone else meanwhile", e);
            }
            throw e;
        }
    }

    @Override
    public StoredPack insert(long issueId, long projectId, int cycle, String actor, Instant at, String html, String csv,
                      String sourceData) {
        PackSnapshotEntity row = ao.create(PackSnapshotEntity.class,
                new DBParam("ISSUE_ID", issueId), new DBParam("PROJECT_ID", projectId),
                new DBParam("CYCLE_NUMBER", cycle), new DBParam("CREATED_BY", actor),
                new DBParam("CREATED_AT", at.toEpochMilli()), new DBParam("HTML", html), new DBParam("CSV", csv),
                new DBParam("SOURCE_DATA", sourceData));
        StoredPack pack = toRecord(row);
        // The claim last, see CycleEvents: a loser waits on the winner's claim inside AO's HSQLDB insert lock.
        CycleEvents.claim(ao, issueId, cycle, CycleEvents.Kind.PACK_PRODUCED);
        return pack;
    }

    @Override
    public Optional<StoredPack> find(int id) {
        return Optional.ofNullable(ao.get(PackSnapshotEntity.class, id)).map(AoPackSnapshots::toRecord);
    }

    @Override
    public Optional<StoredPack> ofCycle(long issueId, int cycle) {
        return Arrays.stream(ao.find(PackSnapshotEntity.class, Query.select()
                        .where("ISSUE_ID = ? AND CYCLE_NUMBER = ?", issueId, cycle).order("ID ASC").limit(1)))
                .findFirst().map(AoPackSnapshots::toRecord);
    }

    @Override
    public List<StoredPack> ofIssue(long issueId) {
        return Arrays.stream(ao.find(PackSnapshotEntity.class, Query.select()
                        .where("ISSUE_ID = ?", issueId).order("ID DESC")))
                .map(AoPackSnapshots::toRecord).toList();
    }

    @Override
    public boolean producedFor(long issueId, int cycle) {
        return ao.count(PackSnapshotEntity.class, Query.select()
                .where("ISSUE_ID = ? AND CYCLE_NUMBER = ?", issueId, cycle)) > 0;
    }

    private static StoredPack toRecord(PackSnapshotEntity row) {
        return new StoredPack(row.getID(), row.getIssueId(), row.getProjectId(), row.getCycleNumber(),
                row.getCreatedBy(), Instant.ofEpochMilli(row.getCreatedAt()), row.getHtml(), row.getCsv(),
                row.getSourceData());
    }
}
