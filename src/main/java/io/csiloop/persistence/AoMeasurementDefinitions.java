package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.kernel.RecordChecks;
import io.csiloop.measure.AuditAction;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.DuplicateMeasurementKey;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.persistence.entity.DataPointEntity;
import io.csiloop.persistence.entity.DayTotalEntity;
import io.csiloop.persistence.entity.KpiSnapshotEntity;
import io.csiloop.persistence.entity.MeasurementDefEntity;
import net.java.ao.Query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@link MeasurementDefinitions} over Active Objects; each change is one AO transaction with its audit row. */
public final class AoMeasurementDefinitions implements MeasurementDefinitions {

    private final ActiveObjects ao;
    private final Clock clock;

    public AoMeasurementDefinitions(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public StoredDefinition create(long projectId, Ownership ownership, MeasurementDefinition definition, String actor) {
        check(ownership, definition, actor, new RecordChecks().positive("projectId", projectId));
        // The only constraint a creation can break is the unique key: the row and its audit version are new.
        return write(e -> new DuplicateMeasurementKey(projectId, definition.key(), e),
                () -> ao.executeInTransaction(() -> insert(projectId, ownership, definition, actor)));
    }

    @Override
    public Optional<StoredDefinition> find(int id) {
        return first(Query.select().where("ID = ?", id)).map(DefinitionRows::toRecord);
    }

    @Override
    public Optional<StoredDefinition> findByKey(long projectId, String key) {
        return first(Query.select().where("PROJECT_ID = ? AND MEASURE_KEY = ?", projectId, key))
                .map(DefinitionRows::toRecord);
    }

    @Override
    public List<StoredDefinition> ofProject(long projectId) {
        return list(Query.select().where("PROJECT_ID = ?", projectId).order("MEASURE_KEY ASC"));
    }

    @Override
    public List<StoredDefinition> ofImprovement(long improvementIssueId) {
        return list(Query.select().where("IMPROVEMENT_ID = ?", improvementIssueId).order("MEASURE_KEY ASC"));
    }

    /** One read per thousand issues (see {@link IdLists}). */
    @Override
    public Map<Long, List<StoredDefinition>> ofImprovements(Collection<Long> improvementIssueIds) {
        Map<Long, List<StoredDefinition>> owned = new HashMap<>();
        IdLists.inChunks("IMPROVEMENT_ID", improvementIssueIds, (in, ids) -> list(Query.select().where(in, ids)
                .order("MEASURE_KEY ASC")).forEach(d -> owned.computeIfAbsent(d.ownership().improvementIssueId(),
                        k -> new ArrayList<>()).add(d)));
        return owned;
    }

    @Override
    public StoredDefinition update(int id, int expectedVersion, Ownership ownership, MeasurementDefinition definition,
            String actor) {
        check(ownership, definition, actor, new RecordChecks());
        long projectId = find(id).orElseThrow(() -> new DefinitionNotFound(id)).projectId();
        return write(e -> keyTakenByAnother(id, projectId, definition.key())
                        ? new DuplicateMeasurementKey(projectId, definition.key(), e) : concurrentChange(e),
                () -> ao.executeInTransaction(() -> change(id, expectedVersion, ownership, definition, actor)));
    }

    @Override
    public void delete(int id, int expectedVersion, String actor) {
        new RecordChecks().requiredText("actor", actor, RecordChecks.SHORT_TEXT).orRefuse("invalid deletion");
        write(AoMeasurementDefinitions::concurrentChange,
                () -> ao.executeInTransaction(() -> remove(id, expectedVersion, actor)));
    }

    private StoredDefinition insert(long projectId, Ownership ownership, MeasurementDefinition definition, String actor) {
        refuseTakenKey(projectId, definition.key());
        long now = clock.millis();
        MeasurementDefEntity row = ao.create(MeasurementDefEntity.class,
                DefinitionRows.newRow(projectId, ownership, definition, now));
        StoredDefinition created = new StoredDefinition(row.getID(), projectId, ownership, definition, 1,
                Instant.ofEpochMilli(now), Instant.ofEpochMilli(now));
        AuditLog.append(ao, created, AuditAction.CREATED, actor, now, null, auditText(created));
        return created;
    }

    private StoredDefinition change(int id, int expectedVersion, Ownership ownership, MeasurementDefinition definition,
            String actor) {
        MeasurementDefEntity row = load(id);
        StoredDefinition current = expect(DefinitionRows.toRecord(row), expectedVersion);
        if (current.ownership().equals(ownership) && current.definition().equals(definition)) {
            return current;
        }
        if (!current.definition().key().equals(definition.key())) {
            refuseTakenKey(current.projectId(), definition.key());
        }
        long now = clock.millis();
        DefinitionRows.write(row, ownership, definition);
        row.setVersion(current.version() + 1);
        row.setUpdatedAtMillis(now);
        row.save();
        StoredDefinition updated = new StoredDefinition(id, current.projectId(), ownership, definition,
                current.version() + 1, current.createdAt(), Instant.ofEpochMilli(now));
        AuditLog.append(ao, updated, AuditAction.UPDATED, actor, now, auditText(current), auditText(updated));
        return updated;
    }

    private Void remove(int id, int expectedVersion, String actor) {
        MeasurementDefEntity row = load(id);
        StoredDefinition current = expect(DefinitionRows.toRecord(row), expectedVersion);
        ao.deleteWithSQL(DataPointEntity.class, "DEFINITION_ID = ?", id);
        ao.deleteWithSQL(DayTotalEntity.class, "DEFINITION_ID = ?", id);
        ao.deleteWithSQL(KpiSnapshotEntity.class, "DEFINITION_ID = ?", id);
        ao.delete(row);
        StoredDefinition gone = new StoredDefinition(id, current.projectId(), current.ownership(),
                current.definition(), current.version() + 1, current.createdAt(), current.updatedAt());
        AuditLog.append(ao, gone, AuditAction.DELETED, actor, clock.millis(), auditText(current), null);
        return null;
    }

    private static void check(Ownership ownership, MeasurementDefinition definition, String actor, RecordChecks checks) {
        checks.required("ownership", ownership).required("definition", definition)
                .requiredText("actor", actor, RecordChecks.SHORT_TEXT);
        if (ownership != null) {
            ownership.check(checks.within("ownership."));
        }
        checks.orRefuse("invalid measurement definition");
    }

    /**
     * Runs a transactional write; a broken constraint (a unique index, or a foreign key from a data point
     * written meanwhile) becomes what {@code violation} names, everything else propagates as it is.
     */
    private static <T> T write(Function<RuntimeException, RuntimeException> violation, Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (RuntimeException e) {
            throw IntegrityViolation.causes(e) ? violation.apply(e) : e;
        }
    }

    private boolean keyTakenByAnother(int id, long projectId, String key) {
        return findByKey(projectId, key).filter(other -> other.id() != id).isPresent();
    }

    private static ConcurrentChange concurrentChange(RuntimeException cause) {
        return new ConcurrentChange("the measurement definition was changed by someone else meanwhile", cause);
    }

    private void refuseTakenKey(long projectId, String key) {
        Query sameKey = Query.select().where("PROJECT_ID = ? AND MEASURE_KEY = ?", projectId, key);
        if (ao.count(MeasurementDefEntity.class, sameKey) > 0) {
            throw new DuplicateMeasurementKey(projectId, key, null);
        }
    }

    private MeasurementDefEntity load(int id) {
        return first(Query.select().where("ID = ?", id)).orElseThrow(() -> new DefinitionNotFound(id));
    }

    private static StoredDefinition expect(StoredDefinition current, int expectedVersion) {
        if (current.version() != expectedVersion) {
            throw new ConcurrentChange("measurement definition " + current.id() + " is at version "
                    + current.version() + ", not " + expectedVersion + ": someone changed it meanwhile", null);
        }
        return current;
    }

    private static String auditText(StoredDefinition d) {
        return DefinitionRows.auditText(d.projectId(), d.ownership(), d.definition());
    }

    private Optional<MeasurementDefEntity> first(Query query) {
        return Arrays.stream(ao.find(MeasurementDefEntity.class, query)).findFirst();
    }

    private List<StoredDefinition> list(Query query) {
        return Arrays.stream(ao.find(MeasurementDefEntity.class, query)).map(DefinitionRows::toRecord).toList();
    }
}
