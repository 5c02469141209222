package io.csiloop.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.store.entity.DataPointEntity;
import io.csiloop.store.entity.KpiSnapshotEntity;
import io.csiloop.store.entity.MeasurementDefEntity;
import net.java.ao.Query;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
        return write(projectId, definition.key(), () -> ao.executeInTransaction(() -> {
            refuseTakenKey(projectId, definition.key());
            long now = clock.millis();
            MeasurementDefEntity row = ao.create(MeasurementDefEntity.class,
                    DefinitionRows.newRow(projectId, ownership, definition, now));
            StoredDefinition created = new StoredDefinition(row.getID(), projectId, ownership, definition, 1,
                    Instant.ofEpochMilli(now), Instant.ofEpochMilli(now));
            AuditLog.append(ao, created, AuditAction.CREATED, actor, now, null, auditText(created));
            return created;
        }));
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

    @Override
    public StoredDefinition update(int id, int expectedVersion, Ownership ownership, MeasurementDefinition definition,
            String actor) {
        check(ownership, definition, actor, new RecordChecks());
        long projectId = find(id).orElseThrow(() -> new DefinitionNotFound(id)).projectId();
        return write(projectId, definition.key(), () -> ao.executeInTransaction(() -> {
            MeasurementDefEntity row = load(id);
            StoredDefinition current = expect(DefinitionRows.toRecord(row), expectedVersion);
            if (current.ownership().equals(ownership) && current.definition().equals(definition)) {
                return current;
            }
            if (!current.definition().key().equals(definition.key())) {
                refuseTakenKey(projectId, definition.key());
            }
            long now = clock.millis();
            DefinitionRows.write(row, ownership, definition);
            row.setVersion(current.version() + 1);
            row.setUpdatedAtMillis(now);
            row.save();
            StoredDefinition updated = new StoredDefinition(id, projectId, ownership, definition,
                    current.version() + 1, current.createdAt(), Instant.ofEpochMilli(now));
            AuditLog.append(ao, updated, AuditAction.UPDATED, actor, now, auditText(current), auditText(updated));
            return updated;
        }));
    }

    @Override
    public void delete(int id, int expectedVersion, String actor) {
        new RecordChecks().requiredText("actor", actor, RecordChecks.SHORT_TEXT).orRefuse("invalid deletion");
        write(0, null, () -> ao.executeInTransaction(() -> {
            MeasurementDefEntity row = load(id);
            StoredDefinition current = expect(DefinitionRows.toRecord(row), expectedVersion);
            ao.deleteWithSQL(DataPointEntity.class, "DEFINITION_ID = ?", id);
            ao.deleteWithSQL(KpiSnapshotEntity.class, "DEFINITION_ID = ?", id);
            ao.delete(row);
            StoredDefinition gone = new StoredDefinition(id, current.projectId(), current.ownership(),
                    current.definition(), current.version() + 1, current.createdAt(), current.updatedAt());
            AuditLog.append(ao, gone, AuditAction.DELETED, actor, clock.millis(), auditText(current), null);
            return null;
        }));
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
     * Runs a transactional write and names a broken constraint: a key another writer took meanwhile, or (the
     * unique audit version, a foreign key from a data point written meanwhile) a concurrent change.
     */
    private <T> T write(long projectId, String key, Supplier<T> transaction) {
        try {
            return transaction.get();
        } catch (RuntimeException e) {
            if (!IntegrityViolation.causes(e)) {
                throw e;
            }
            if (key != null && findByKey(projectId, key).isPresent()) {
                throw new DuplicateMeasurementKey(projectId, key, e);
            }
            throw new ConcurrentChange("the measurement definition was changed by someone else meanwhile", e);
        }
    }

    private void refuseTakenKey(long projectId, String key) {
        if (ao.count(MeasurementDefEntity.class, Query.select().where("PROJECT_ID = ? AND MEASURE_KEY = ?", projectId, key)) > 0) {
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
