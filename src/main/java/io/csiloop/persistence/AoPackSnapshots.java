package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
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
 * {@link PackSnapshots} over Active Objects: rows are only ever inserted.
 */
public final class AoPackSnapshots implements PackSnapshots {

    private final ActiveObjects ao;

    public AoPackSnapshots(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    @Override
    public StoredPack insert(long issueId, long projectId, int cycle, String actor, Instant at, String html, String csv,
                      String sourceData) {
        PackSnapshotEntity row = ao.create(PackSnapshotEntity.class,
                new DBParam("ISSUE_ID", issueId), new DBParam("PROJECT_ID", projectId),
                new DBParam("CYCLE_NUMBER", cycle), new DBParam("CREATED_BY", actor),
                new DBParam("CREATED_AT", at.toEpochMilli()), new DBParam("HTML", html), new DBParam("CSV", csv),
                new DBParam("SOURCE_DATA", sourceData));
        return toRecord(row);
    }

    @Override
    public Optional<StoredPack> find(int id) {
        return Optional.ofNullable(ao.get(PackSnapshotEntity.class, id)).map(AoPackSnapshots::toRecord);
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
