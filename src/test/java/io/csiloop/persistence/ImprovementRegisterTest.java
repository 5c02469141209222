package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.improvement.Benefit;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.InvalidRecord;
import io.csiloop.persistence.entity.ImprovementEntity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CSI register on every database: one entry per issue, every field kept, cycles that only go up. */
class ImprovementRegisterTest {

    private static final RegisterEntry ENTRY = new RegisterEntry(40_400L, Store.PROJECT, 1, "Faster recovery",
            "Two hours less downtime a month", "M", "Outages cost the most", Set.of("VALUE_STREAMS_AND_PROCESSES",
            "INFORMATION_AND_TECHNOLOGY"), "IMPROVE", "INCIDENT_TREND");

    @AcrossDatabases
    void shouldKeepEveryFieldAndReplaceTheEntryOfTheSameIssue(ActiveObjects ao) {
        Store store = new Store(ao);
        RegisterEntry other = new RegisterEntry(40_401L, Store.PROJECT, 2, null, null, null, null, Set.of(), null, null);
        store.register.save(ENTRY);
        store.register.save(other);
        RegisterEntry changed = new RegisterEntry(40_400L, Store.PROJECT, 1, "Faster recovery", "x".repeat(RegisterEntry.TEXT_MAX),
                "L", null, Set.of("PARTNERS_AND_SUPPLIERS"), null, "KPI_SIGNAL");

        store.register.save(changed);

        assertEquals(Optional.of(changed), store.register.find(ENTRY.issueId()));
        assertEquals(List.of(changed, other), store.register.ofProject(Store.PROJECT));
        assertEquals(2, ao.count(ImprovementEntity.class));
    }

    @AcrossDatabases
    void shouldKeepTheBenefitToTheDayAndItsNumbersExactly(ActiveObjects ao) {
        Store store = new Store(ao);
        Benefit extreme = new Benefit(-1e15, "u".repeat(Benefit.UNIT_MAX), LocalDate.of(9999, 12, 31), 0.1 + 0.2,
                "n".repeat(RegisterEntry.TEXT_MAX));
        RegisterEntry planned = ENTRY.withBenefit(new Benefit(48_000.0, "EUR per year", LocalDate.of(1, 1, 1), null, null));

        store.register.save(ENTRY.withBenefit(extreme));
        RegisterEntry read = store.register.find(ENTRY.issueId()).orElseThrow();
        store.register.save(planned);

        assertEquals(extreme, read.benefit());
        assertEquals(Optional.of(planned), store.register.find(ENTRY.issueId()), "a save replaces the realised part too");
        InvalidRecord refused = assertThrows(InvalidRecord.class, () -> store.register.save(ENTRY.withBenefit(
                new Benefit(1.0, null, null, Double.POSITIVE_INFINITY, null))));
        assertEquals(List.of("realisedValue", "unit"), refused.errors().stream().map(FieldError::field).toList());
    }

    @AcrossDatabases
    void shouldStartTheNextCycleKeepingTheRest(ActiveObjects ao) {
        Store store = new Store(ao);
        store.register.save(ENTRY);

        assertTrue(store.register.startNextCycle(ENTRY.issueId(), Store.PROJECT, 1));
        assertTrue(store.register.startNextCycle(ENTRY.issueId(), Store.PROJECT, 2));

        RegisterEntry third = store.register.find(ENTRY.issueId()).orElseThrow();
        assertEquals(3, third.cycle());
        assertEquals(ENTRY.objective(), third.objective());
    }

    @AcrossDatabases
    void shouldStartTheNextCycleOnlyFromTheCycleTheIssueIsIn(ActiveObjects ao) {
        Store store = new Store(ao);
        store.register.save(ENTRY);
        assertTrue(store.register.startNextCycle(ENTRY.issueId(), Store.PROJECT, 1));

        assertFalse(store.register.startNextCycle(ENTRY.issueId(), Store.PROJECT, 1), "cycle 1 has ended already");
        assertFalse(store.register.startNextCycle(ENTRY.issueId(), Store.PROJECT, 3), "cycle 3 has not begun");
        assertEquals(2, store.register.find(ENTRY.issueId()).orElseThrow().cycle());
    }

    @AcrossDatabases
    void shouldCreateTheEntryInCycleTwoWhenTheFirstCycleOfAnIssueWithoutOneEnds(ActiveObjects ao) {
        Store store = new Store(ao);

        assertTrue(store.register.startNextCycle(1L, Store.PROJECT, 1));

        assertEquals(Optional.of(new RegisterEntry(1L, Store.PROJECT, 2, null, null, null, null, Set.of(), null, null)),
                store.register.find(1L));
    }

    @AcrossDatabases
    void shouldKeepTheCycleWhenTheFieldsAreSavedWithTheCycleReadBeforeTheNextStarted(ActiveObjects ao) {
        Store store = new Store(ao);
        store.register.save(ENTRY);
        store.register.startNextCycle(ENTRY.issueId(), Store.PROJECT, 1);

        RegisterEntry saved = store.register.save(ENTRY); // the fields as a form read them, in cycle 1

        assertEquals(2, saved.cycle());
        assertEquals(2, store.register.find(ENTRY.issueId()).orElseThrow().cycle());
    }

    @AcrossDatabases
    void shouldRefuseBadFieldsNamingEachAndWriteNothing(ActiveObjects ao) {
        Store store = new Store(ao);
        RegisterEntry bad = new RegisterEntry(0, Store.PROJECT, 0, "o".repeat(RegisterEntry.TEXT_MAX + 1), null, "medium",
                null, Set.of("people"), null, null);

        InvalidRecord refused = assertThrows(InvalidRecord.class, () -> store.register.save(bad));

        assertEquals(List.of("issueId", "cycle", "objective", "fourDimensions", "effort"),
                refused.errors().stream().map(FieldError::field).toList());
        assertEquals(0, ao.count(ImprovementEntity.class));
    }

    @AcrossDatabases
    void shouldRemoveTheEntryOfADeletedIssue(ActiveObjects ao) {
        Store store = new Store(ao);
        store.register.save(ENTRY);

        assertTrue(store.register.remove(ENTRY.issueId()));
        assertFalse(store.register.remove(ENTRY.issueId()));
        assertEquals(Optional.empty(), store.register.find(ENTRY.issueId()));
    }
}
