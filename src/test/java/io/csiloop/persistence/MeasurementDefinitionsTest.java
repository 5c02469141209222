package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.InvalidRecord;
import io.csiloop.measure.AuditAction;
import io.csiloop.measure.AuditEntry;
import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.DuplicateMeasurementKey;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.RuleProfile;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.persistence.entity.DefinitionAuditEntity;
import io.csiloop.persistence.entity.MeasurementDefEntity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.csiloop.persistence.Store.ALICE;
import static io.csiloop.persistence.Store.NOW;
import static io.csiloop.persistence.Store.PROJECT;
import static io.csiloop.persistence.Store.measure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Measurement definitions on every database: every field round-trips, keys stay unique, versions count changes. */
class MeasurementDefinitionsTest {

    @AcrossDatabases
    void shouldStoreEveryFieldOfAMeasureWithinABand(ActiveObjects ao) {
        Store store = new Store(ao);
        DefinitionDraft draft = DefinitionDraft.withinBand(40, 70, 2.5);
        draft.key = "CPU.load";
        draft.description = "d".repeat(MeasurementDefinition.TEXT_MAX);
        draft.idealMeasure = "Load of every host, every minute";
        draft.measurableToday = null;
        draft.ruleProfile = RuleProfile.KPI_SIGNALS;
        draft.screening = true;
        draft.baselinePeriods = 20;
        Ownership owner = new Ownership(20_200L, "bob");

        StoredDefinition created = store.definitions.create(PROJECT, owner, draft.build(), ALICE);

        StoredDefinition read = store.definitions.find(created.id()).orElseThrow();
        assertEquals(new StoredDefinition(created.id(), PROJECT, owner, draft.build(), 1, NOW, NOW), read);
        assertEquals(created, read);
    }

    @AcrossDatabases
    void shouldFindByKeyProjectAndImprovement(ActiveObjects ao) {
        Store store = new Store(ao);
        StoredDefinition mttr = store.definitions.create(PROJECT, new Ownership(7L, ALICE), measure("MTTR"), ALICE);
        StoredDefinition fcr = store.define("FCR");
        StoredDefinition elsewhere = store.define(PROJECT + 1, measure("MTTR"));

        assertEquals(Optional.of(mttr), store.definitions.findByKey(PROJECT, "MTTR"));
        assertEquals(Optional.of(elsewhere), store.definitions.findByKey(PROJECT + 1, "MTTR"));
        assertEquals(Optional.empty(), store.definitions.findByKey(PROJECT, "mttr"), "keys match exactly as written");
        assertEquals(List.of(fcr, mttr), store.definitions.ofProject(PROJECT), "ordered by key");
        assertEquals(List.of(mttr), store.definitions.ofImprovement(7L));
        StoredDefinition aht = store.definitions.create(PROJECT, new Ownership(7L, ALICE), measure("AHT"), ALICE);
        StoredDefinition csat = store.definitions.create(PROJECT, new Ownership(8L, ALICE), measure("CSAT"), ALICE);
        assertEquals(Map.of(7L, List.of(aht, mttr), 8L, List.of(csat)), store.definitions.ofImprovements(
                List.of(8L, 7L, 9L)), "many Improvements' in one read, each ordered by key; none for one without");
        assertEquals(Optional.empty(), store.definitions.find(mttr.id() + 1000));
    }

    @AcrossDatabases
    void shouldRefuseADuplicateKeyInAProjectAndKeepTheFirst(ActiveObjects ao) {
        Store store = new Store(ao);
        StoredDefinition first = store.define("MTTR");

        DuplicateMeasurementKey refused = assertThrows(DuplicateMeasurementKey.class, () -> store.define("MTTR"));

        assertEquals("project 10100 already has a measurement with key 'MTTR'", refused.getMessage());
        assertEquals(List.of(first), store.definitions.ofProject(PROJECT));
        assertEquals(1, ao.count(DefinitionAuditEntity.class), "the refused creation logged nothing");
    }

    @AcrossDatabases
    void shouldBumpTheVersionAndLogBeforeAndAfterOnEveryChange(ActiveObjects ao) {
        Store store = new Store(ao);
        StoredDefinition v1 = store.define("MTTR");
        DefinitionDraft changed = DefinitionDraft.higherIsBetter(90, 5);
        changed.key = "MTTR";
        changed.ruleProfile = RuleProfile.WESTERN_ELECTRIC;
        changed.baselinePeriods = 15;

        StoredDefinition v2 = store.definitions.update(v1.id(), 1, new Ownership(null, "bob"), changed.build(), "carol");

        assertEquals(2, v2.version());
        assertEquals(Optional.of(v2), store.definitions.find(v1.id()));
        List<AuditEntry> history = store.audit.history(v1.id());
        assertEquals(List.of(AuditAction.CREATED, AuditAction.UPDATED), history.stream().map(AuditEntry::action).toList());
        AuditEntry update = history.get(1);
        assertEquals(List.of(2, "carol", NOW), List.of(update.version(), update.changedBy(), update.changedAt()));
        assertEquals(history.get(0).after(), update.before(), "the update starts from what the creation left");
        assertTrue(update.before().contains("\"target\":80.0,") && update.before().contains("\"ownerKey\":\"alice\""), update.before());
        assertTrue(update.after().contains("\"target\":90.0,") && update.after().contains("\"ownerKey\":\"bob\""), update.after());
        assertTrue(update.before().contains("\"ruleProfile\":\"MAKING_DATA_COUNT\",\"screening\":false,\"baselinePeriods\":12"),
                update.before());
        assertTrue(update.after().contains("\"ruleProfile\":\"WESTERN_ELECTRIC\",\"screening\":false,\"baselinePeriods\":15"),
                update.after());
    }

    @AcrossDatabases
    void shouldNotCountAnUpdateThatChangesNothing(ActiveObjects ao) {
        Store store = new Store(ao);
        StoredDefinition v1 = store.define("MTTR");

        StoredDefinition same = store.definitions.update(v1.id(), 1, v1.ownership(), v1.definition(), "bob");

        assertEquals(v1, same);
        assertEquals(1, store.audit.history(v1.id()).size());
    }

    @AcrossDatabases
    void shouldRefuseAStaleVersionAndKeepTheNewer(ActiveObjects ao) {
        Store store = new Store(ao);
        StoredDefinition v1 = store.define("MTTR");
        StoredDefinition v2 = store.definitions.update(v1.id(), 1, v1.ownership(), measure("MTTR2"), ALICE);

        ConcurrentChange refused = assertThrows(ConcurrentChange.class,
                () -> store.definitions.update(v1.id(), 1, v1.ownership(), measure("MTTR3"), "bob"));

        assertTrue(refused.getMessage().contains("is at version 2, not 1"), refused.getMessage());
        assertEquals(Optional.of(v2), store.definitions.find(v1.id()));
    }

    @AcrossDatabases
    void shouldUndoAnUpdateWhoseVersionAnotherWriterLoggedFirst(ActiveObjects ao) {
        Store store = new Store(ao);
        StoredDefinition v1 = store.define("MTTR");
        // What a concurrent writer that read version 1 too and committed first leaves in the log.
        ao.create(DefinitionAuditEntity.class, Map.of("DEFINITION_ID", v1.id(), "PROJECT_ID", PROJECT, "VERSION", 2,
                "CHANGE_ACTION", "UPDATED", "CHANGED_BY", "bob", "CHANGED_AT_MILLIS", 0L));

        DefinitionDraft sameKey = DefinitionDraft.higherIsBetter(95, 5);
        sameKey.key = "MTTR";

        assertThrows(ConcurrentChange.class, () -> store.definitions.update(v1.id(), 1, v1.ownership(), sameKey.build(), ALICE),
                "a race on the version, not a duplicate key: the key is the definition's own");

        assertEquals(Optional.of(v1), store.definitions.find(v1.id()), "the row's change was rolled back with the log's");
    }

    @AcrossDatabases
    void shouldRefuseRenamingToAKeyTheProjectUses(ActiveObjects ao) {
        Store store = new Store(ao);
        store.define("FCR");
        StoredDefinition mttr = store.define("MTTR");

        assertThrows(DuplicateMeasurementKey.class,
                () -> store.definitions.update(mttr.id(), 1, mttr.ownership(), measure("FCR"), ALICE));

        assertEquals(Optional.of(mttr), store.definitions.find(mttr.id()));
    }

    @AcrossDatabases
    void shouldRefuseInvalidInputWithEveryErrorAndWriteNothing(ActiveObjects ao) {
        Store store = new Store(ao);

        InvalidRecord refused = assertThrows(InvalidRecord.class,
                () -> store.definitions.create(0, new Ownership(-1L, " "), measure("MTTR"), null));

        assertEquals(List.of("projectId", "actor", "ownership.improvementIssueId", "ownership.ownerKey"),
                refused.errors().stream().map(FieldError::field).toList());
        assertEquals(0, ao.count(MeasurementDefEntity.class));
    }

    @AcrossDatabases
    void shouldReportAnUnknownDefinition(ActiveObjects ao) {
        Store store = new Store(ao);

        DefinitionNotFound refused = assertThrows(DefinitionNotFound.class,
                () -> store.definitions.update(42, 1, new Ownership(null, ALICE), measure("X"), ALICE));

        assertEquals("measurement definition 42 does not exist", refused.getMessage());
        assertThrows(DefinitionNotFound.class, () -> store.definitions.delete(42, 1, ALICE));
    }
}
