package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.kernel.RecordChecks;
import io.csiloop.kpi.KpiSnapshot;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.kpi.StoredSnapshot;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.persistence.entity.KpiSnapshotEntity;
import io.csiloop.persistence.entity.LatestSnapshotView;
import io.csiloop.persistence.entity.MeasurementDefEntity;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@link KpiSnapshots} over Active Objects. The latest snapshots of many definitions take two statements per
 * 1,000 definitions: the newest id of each (a GROUP BY the database runs), then those rows.
 */
public final class AoKpiSnapshots implements KpiSnapshots {

    private final ActiveObjects ao;

    public AoKpiSnapshots(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<StoredSnapshot> record(List<KpiSnapshot> snapshots) {
        check(snapshots);
        return ao.executeInTransaction(() -> {
            requireDefinitions(snapshots.stream().map(KpiSnapshot::definitionId).toList());
            List<StoredSnapshot> stored = new ArrayList<>(snapshots.size());
            for (KpiSnapshot snapshot : snapshots) {
                KpiSnapshotEntity row = ao.create(KpiSnapshotEntity.class, SnapshotRows.newRow(snapshot));
                stored.add(new StoredSnapshot(row.getID(), snapshot));
            }
            return stored;
        });
    }

    @Override
    public List<StoredSnapshot> history(int definitionId) {
        return Arrays.stream(ao.find(KpiSnapshotEntity.class, Query.select().where("DEFINITION_ID = ?", definitionId)
                .order("ID ASC"))).map(row -> SnapshotRows.toRecord(definitionId, row)).toList();
    }

    @Override
    public Optional<StoredSnapshot> latest(int definitionId) {
        return Optional.ofNullable(latestOf(List.of(definitionId)).get(definitionId));
    }

    @Override
    public Set<Integer> withSnapshotInCycle(Collection<Integer> definitionIds, int cycle) {
        Set<Integer> with = new HashSet<>();
        IdLists.inChunks("DEFINITION_ID", definitionIds, (in, ids) -> ao.stream(LatestSnapshotView.class,
                Query.select("DEFINITION_ID, MAX(ID) AS LATEST_ID").where(in + " AND IMPROVEMENT_CYCLE = ?",
                        Stream.concat(Arrays.stream(ids), Stream.of(cycle)).toArray()).group("DEFINITION_ID"),
                row -> with.add(row.getDefinitionId())));
        return with;
    }

    @Override
    public Map<Integer, StoredSnapshot> latestOf(Collection<Integer> definitionIds) {
        Map<Integer, Integer> definitionOfLatest = new HashMap<>();
        IdLists.inChunks("DEFINITION_ID", definitionIds, (in, ids) -> ao.stream(LatestSnapshotView.class,
                Query.select("DEFINITION_ID, MAX(ID) AS LATEST_ID").where(in, ids).group("DEFINITION_ID"),
                row -> definitionOfLatest.put(row.getLatestId(), row.getDefinitionId())));
        Map<Integer, StoredSnapshot> latest = new HashMap<>();
        IdLists.inChunks("ID", definitionOfLatest.keySet(), (in, ids) -> {
            for (KpiSnapshotEntity row : ao.find(KpiSnapshotEntity.class, Query.select().where(in, ids))) {
                int definitionId = definitionOfLatest.get(row.getID());
                latest.put(definitionId, SnapshotRows.toRecord(definitionId, row));
            }
        });
        return latest;
    }

    private void requireDefinitions(List<Integer> definitionIds) {
        Set<Integer> missing = new HashSet<>(definitionIds);
        IdLists.inChunks("ID", definitionIds, (in, ids) -> Arrays.stream(ao.find(MeasurementDefEntity.class,
                Query.select("ID").where(in, ids))).forEach(row -> missing.remove(row.getID())));
        missing.stream().min(Integer::compare).ifPresent(id -> {
            throw new DefinitionNotFound(id);
        });
    }

    private static void check(List<KpiSnapshot> snapshots) {
        RecordChecks checks = new RecordChecks().required("snapshots", snapshots);
        for (int i = 0; snapshots != null && i < snapshots.size(); i++) {
            checks.required("snapshots[" + i + "]", snapshots.get(i));
            if (snapshots.get(i) != null) {
                snapshots.get(i).check(checks.within("snapshots[" + i + "]."));
            }
        }
        checks.orRefuse("invalid KPI snapshots");
    }
}
