package io.csiloop.pack.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The stored stakeholder packs over Active Objects. Insert and read only: there is deliberately no update and no
 * delete, so a pack shown later is the pack that was presented.
 */
public class PackSnapshots {

    private final ActiveObjects ao;

    public PackSnapshots(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Runs the work in one Active Objects transaction (joining one already running). */
    <T> T inTransaction(java.util.function.Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    /** Stores the pack; call inside the transaction that also records it as evidence. */
    StoredPack insert(long issueId, long projectId, int cycle, String actor, Instant at, String html, String csv,
                      String sourceData) {
        PackSnapshotEntity row = ao.create(PackSnapshotEntity.class,
                new DBParam("ISSUE_ID", issueId), new DBParam("PROJECT_ID", projectId),
                new DBParam("CYCLE_NUMBER", cycle), new DBParam("CREATED_BY", actor),
                new DBParam("CREATED_AT", at.toEpochMilli()), new DBParam("HTML", html), new DBParam("CSV", csv),
                new DBParam("SOURCE_DATA", sourceData));
        return toRecord(row);
    }

    public Optional<StoredPack> find(int id) {
        return Optional.ofNullable(ao.get(PackSnapshotEntity.class, id)).map(PackSnapshots::toRecord);
    }

    /** The packs of an issue, newest first. */
    public List<StoredPack> ofIssue(long issueId) {
        return Arrays.stream(ao.find(PackSnapshotEntity.class, Query.select()
                        .where("ISSUE_ID = ?", issueId).order("ID DESC")))
                .map(PackSnapshots::toRecord).toList();
    }

    private static StoredPack toRecord(PackSnapshotEntity row) {
        return new StoredPack(row.getID(), row.getIssueId(), row.getProjectId(), row.getCycleNumber(),
                row.getCreatedBy(), Instant.ofEpochMilli(row.getCreatedAt()), row.getHtml(), row.getCsv(),
                row.getSourceData());
    }
}
