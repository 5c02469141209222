package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.InvalidRecord;
import io.csiloop.measure.DataPointNotFound;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.PointChange;
import io.csiloop.measure.PointChangeAction;
import io.csiloop.measure.PointEdit;
import io.csiloop.measure.StoredDataPoint;
import io.csiloop.persistence.entity.DataPointEntity;
import io.csiloop.persistence.entity.PointChangeEntity;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static io.csiloop.persistence.Store.ALICE;
import static io.csiloop.persistence.Store.MANUAL;
import static io.csiloop.persistence.Store.NOW;
import static io.csiloop.persistence.Store.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Correcting and deleting data points on every database: the point changes with its history in one transaction,
 * the longest reason and notes fit their columns, a refused change writes nothing, racing changes stay in order.
 */
class DataPointCorrectionsTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");
    private static final PointEdit BOB = new PointEdit("bob", "typed 45 for 4.5");

    @AcrossDatabases
    void shouldCorrectAPointKeepingItsProvenanceAndLogBeforeAndAfter(ActiveObjects ao) {
        Store store = new Store(ao);
        int definition = store.define("MTTR").id();
        StoredDataPoint recorded = onlyPoint(store, definition,
                new NewDataPoint(at("2026-03-01T08:00:00Z", 45), "by hand"));
        String longest = "r".repeat(PointChange.REASON_MAX);
        NewDataPoint corrected = new NewDataPoint(at("2026-03-31T23:30:00Z", 4.5), "n".repeat(NewDataPoint.NOTE_MAX));

        StoredDataPoint answer = store.points.correct(definition, recorded.id(), corrected,
                new PointEdit("bob", longest));

        StoredDataPoint expected = new StoredDataPoint(recorded.id(), definition, corrected.point(), corrected.note(),
                MANUAL, NOW);
        assertEquals(expected, answer);
        assertEquals(List.of(expected), store.points.between(definition, FROM, TO));
        assertEquals(store.zone.dayOf(corrected.point().observedAt()), // 1 April in Berlin: the day moves with it
                ao.get(DataPointEntity.class, recorded.id()).getObservedDay());
        assertEquals(List.of(new PointChange(recorded.id(), 1, PointChangeAction.CORRECTED, "bob", NOW,
                new NewDataPoint(at("2026-03-01T08:00:00Z", 45), "by hand"), corrected, longest)),
                store.points.history(definition, recorded.id()));
    }

    @AcrossDatabases
    void shouldDeleteAPointAndKeepItsHistory(ActiveObjects ao) {
        Store store = new Store(ao);
        int definition = store.define("MTTR").id();
        StoredDataPoint recorded = onlyPoint(store, definition, NewDataPoint.of(at("2026-03-01T08:00:00Z", 45)));
        store.points.correct(definition, recorded.id(), NewDataPoint.of(at("2026-03-01T08:00:00Z", 4.5)), BOB);

        store.points.delete(definition, recorded.id(), new PointEdit(ALICE, "a duplicate of the CSV import"));

        assertEquals(List.of(), store.points.between(definition, FROM, TO));
        assertEquals(0, store.points.count(definition));
        List<PointChange> history = store.points.history(definition, recorded.id());
        assertEquals(List.of(1, 2), history.stream().map(PointChange::number).toList());
        PointChange deletion = history.get(1);
        assertEquals(PointChangeAction.DELETED, deletion.action());
        assertEquals(NewDataPoint.of(at("2026-03-01T08:00:00Z", 4.5)), deletion.before());
        assertNull(deletion.after());
        assertEquals("a duplicate of the CSV import", deletion.reason());
    }

    @AcrossDatabases
    void shouldRefuseAPointOfAnotherDefinitionAndWriteNothing(ActiveObjects ao) {
        Store store = new Store(ao);
        int mine = store.define("MTTR").id();
        int other = store.define("FCR").id();
        StoredDataPoint theirs = onlyPoint(store, other, NewDataPoint.of(at("2026-03-01T08:00:00Z", 45)));

        assertThrows(DataPointNotFound.class, () -> store.points.correct(mine, theirs.id(),
                NewDataPoint.of(at("2026-03-01T08:00:00Z", 1)), BOB));
        assertThrows(DataPointNotFound.class, () -> store.points.delete(mine, theirs.id(), BOB));
        assertThrows(DataPointNotFound.class, () -> store.points.delete(other, theirs.id() + 1, BOB));

        assertEquals(List.of(theirs), store.points.between(other, FROM, TO));
        assertEquals(0, ao.count(PointChangeEntity.class));
    }

    @AcrossDatabases
    void shouldRefuseAChangeWithoutAReasonOrWithOneTooLongAndWriteNothing(ActiveObjects ao) {
        Store store = new Store(ao);
        int definition = store.define("MTTR").id();
        StoredDataPoint recorded = onlyPoint(store, definition, NewDataPoint.of(at("2026-03-01T08:00:00Z", 45)));

        InvalidRecord blank = assertThrows(InvalidRecord.class,
                () -> store.points.delete(definition, recorded.id(), new PointEdit("bob", " ")));
        InvalidRecord tooLong = assertThrows(InvalidRecord.class, () -> store.points.correct(definition,
                recorded.id(), NewDataPoint.of(at("2026-03-01T08:00:00Z", 1)),
                new PointEdit("bob", "r".repeat(PointChange.REASON_MAX + 1))));

        assertEquals(List.of("edit.reason"), blank.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of("edit.reason"), tooLong.errors().stream().map(FieldError::field).toList());
        assertEquals(List.of(recorded), store.points.between(definition, FROM, TO));
        assertEquals(0, ao.count(PointChangeEntity.class));
    }

    @AcrossDatabases
    void shouldNumberRacingCorrectionsWithoutGapsAndEndWithTheLastOne(ActiveObjects ao) throws Exception {
        Store store = new Store(ao);
        int definition = store.define("MTTR").id();
        StoredDataPoint recorded = onlyPoint(store, definition, NewDataPoint.of(at("2026-03-01T08:00:00Z", 0)));
        int won = RacingWrites.race(20, i -> store.points.correct(definition, recorded.id(),
                NewDataPoint.of(at("2026-03-01T08:00:00Z", i)), BOB));

        List<PointChange> history = store.points.history(definition, recorded.id());
        assertEquals(IntStream.rangeClosed(1, won).boxed().toList(),
                history.stream().map(PointChange::number).toList());
        assertTrue(won >= 1, "at least one correction lands");
        for (int i = 1; i < history.size(); i++) { // each change starts from where the one before ended
            assertEquals(history.get(i - 1).after(), history.get(i).before());
        }
        assertEquals(history.get(history.size() - 1).after().point(),
                store.points.between(definition, FROM, TO).get(0).point());
    }

    private static StoredDataPoint onlyPoint(Store store, int definition, NewDataPoint point) {
        store.points.record(definition, MANUAL, List.of(point));
        return store.points.find(definition, store.points.between(definition, FROM, TO).get(0).id()).orElseThrow();
    }
}
