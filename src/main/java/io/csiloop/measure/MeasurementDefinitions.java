package io.csiloop.measure;


import io.csiloop.kernel.Repository;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The measurement definitions of every project. Every change is one transaction that also writes its row of
 * the {@link DefinitionAudit} log and bumps the version by one.
 *
 * <p>Refusals leave everything as it was: {@link InvalidRecord} for bad input (all field errors at once),
 * {@link DuplicateMeasurementKey} when the project already uses the key (keys are unique per project, exactly
 * as written), {@link DefinitionNotFound} for an unknown id, {@link ConcurrentChange} when the expected version
 * is no longer the stored one or another writer won a race for the same version.
 */
@Repository
public interface MeasurementDefinitions {

    /** Stores a new definition at version 1. {@code actor} is the user key of who creates it. */
    StoredDefinition create(long projectId, Ownership ownership, MeasurementDefinition definition, String actor);

    Optional<StoredDefinition> find(int id);

    Optional<StoredDefinition> findByKey(long projectId, String key);

    /** The project's definitions ordered by key. */
    List<StoredDefinition> ofProject(long projectId);

    /** The definitions an Improvement issue owns, ordered by key. */
    List<StoredDefinition> ofImprovement(long improvementIssueId);

    /**
     * The definitions each of the Improvement issues owns, ordered by key, by issue id (absent: none): one read for
     * all of them where the store can. One by one by default.
     */
    default Map<Long, List<StoredDefinition>> ofImprovements(Collection<Long> improvementIssueIds) {
        Map<Long, List<StoredDefinition>> owned = new LinkedHashMap<>();
        improvementIssueIds.stream().distinct().forEach(id -> {
            List<StoredDefinition> of = ofImprovement(id);
            if (!of.isEmpty()) {
                owned.put(id, of);
            }
        });
        return owned;
    }

    /**
     * Replaces the ownership and measure of the definition at {@code expectedVersion}, returning it at the
     * next version; when nothing differs it returns the stored definition unchanged and logs nothing.
     */
    StoredDefinition update(int id, int expectedVersion, Ownership ownership, MeasurementDefinition definition,
            String actor);

    /**
     * Deletes the definition at {@code expectedVersion} together with its data points and KPI snapshots, in one
     * transaction. Its audit log stays, ending with a {@link AuditAction#DELETED} entry.
     */
    void delete(int id, int expectedVersion, String actor);
}
