package io.csiloop.kpi;

import io.csiloop.kernel.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * The KPI snapshots of every measurement definition: history that stays true when a definition changes. The
 * latest snapshot of a definition is the one recorded last.
 */
@Repository
public interface KpiSnapshots {

    /**
     * Records snapshots, typically one per definition of a scheduled run: all of them or none.
     *
     * @return the stored snapshots, in the order given
     * @throws InvalidRecord naming every invalid field ({@code snapshots[2].status}) before anything is written
     * @throws DefinitionNotFound when a snapshot's definition does not exist
     */
    List<StoredSnapshot> record(List<KpiSnapshot> snapshots);

    /** The definition's snapshots in the order they were recorded. */
    List<StoredSnapshot> history(int definitionId);

    Optional<StoredSnapshot> latest(int definitionId);

    /** The latest snapshot of each given definition that has one, in a constant number of statements. */
    Map<Integer, StoredSnapshot> latestOf(Collection<Integer> definitionIds);

    /**
     * Which of the definitions have a snapshot taken in the improvement cycle: what a gate asks, whatever their
     * history holds. A store answers it in one statement, a row per definition; this default reads the histories.
     */
    default Set<Integer> withSnapshotInCycle(Collection<Integer> definitionIds, int cycle) {
        return definitionIds.stream().filter(id -> history(id).stream().anyMatch(s -> s.snapshot().cycle() == cycle))
                .collect(Collectors.toSet());
    }
}
