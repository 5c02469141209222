package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.measure.AuditAction;
import io.csiloop.measure.AuditEntry;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.persistence.entity.DataPointEntity;
import io.csiloop.persistence.entity.KpiSnapshotEntity;
import io.csiloop.process.EvidenceAnswer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.csiloop.persistence.Snapshots.monthly;
import static io.csiloop.persistence.Store.ALICE;
import static io.csiloop.persistence.Store.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Deleting a definition on every database takes its data points and snapshots, and nothing else. */
class CascadeTest {

    @AcrossDatabases
    void shouldDeleteADefinitionWithItsPointsAndSnapshotsAndKeepEverythingElse(ActiveObjects ao) {
        Store store = new Store(ao);
        StoredDefinition gone = store.define("MTTR");
        StoredDefinition kept = store.define("FCR");
        for (StoredDefinition d : List.of(gone, kept)) {
            store.record(d.id(), List.of(at("2026-03-01T08:00:00Z", 1), at("2026-03-02T08:00:00Z", 2)));
            store.snapshots.record(List.of(monthly(d.id(), 3, 1.5)));
        }
        store.evidence.answer(5L, "charter", List.of(new EvidenceAnswer("purpose", "DONE", null)), ALICE);
        RegisterEntry entry = new RegisterEntry(5L, Store.PROJECT, 1, "o", null, null, null, Set.of(), null, null);
        store.register.save(entry);

        store.definitions.delete(gone.id(), 1, "bob");

        assertEquals(Optional.empty(), store.definitions.find(gone.id()));
        assertEquals(List.of(0, 2), List.of(store.points.count(gone.id()), store.points.count(kept.id())));
        assertEquals(List.of(0, 1), List.of(store.snapshots.history(gone.id()).size(), store.snapshots.history(kept.id()).size()));
        assertEquals(List.of(2, 1), List.of(ao.count(DataPointEntity.class), ao.count(KpiSnapshotEntity.class)));
        assertEquals(1, store.evidence.of(5L, "charter").size());
        assertEquals(Optional.of(entry), store.register.find(5L));
        List<AuditEntry> history = store.audit.history(gone.id());
        assertEquals(List.of(AuditAction.CREATED, AuditAction.DELETED), history.stream().map(AuditEntry::action).toList());
        assertEquals(List.of(2, "bob"), List.of(history.get(1).version(), history.get(1).changedBy()));
        assertEquals(history.get(0).after(), history.get(1).before(), "the log keeps what was deleted");
        assertEquals(null, history.get(1).after());
    }

    @AcrossDatabases
    void shouldKeepEverythingWhenTheDeletionIsRefused(ActiveObjects ao) {
        Store store = new Store(ao);
        StoredDefinition d = store.define("MTTR");
        store.record(d.id(), List.of(at("2026-03-01T08:00:00Z", 1)));

        assertThrows(ConcurrentChange.class, () -> store.definitions.delete(d.id(), 2, "bob"));

        assertEquals(Optional.of(d), store.definitions.find(d.id()));
        assertEquals(1, store.points.count(d.id()));
        assertEquals(1, store.audit.history(d.id()).size());
    }

    @AcrossDatabases
    void shouldListAProjectsChangesNewestFirstAfterDeletion(ActiveObjects ao) {
        Store store = new Store(ao);
        StoredDefinition first = store.define("FIRST");
        StoredDefinition second = store.define("SECOND");
        store.definitions.delete(first.id(), 1, ALICE);

        List<AuditEntry> changes = store.audit.ofProject(Store.PROJECT, 2);

        assertEquals(List.of(first.id(), second.id()), changes.stream().map(AuditEntry::definitionId).toList());
        assertEquals(List.of(AuditAction.DELETED, AuditAction.CREATED), changes.stream().map(AuditEntry::action).toList());
        assertEquals(Instant.parse("2026-11-26T10:00:00Z"), changes.get(0).changedAt());
    }
}
