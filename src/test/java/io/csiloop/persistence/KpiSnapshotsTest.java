package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.Schema;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.InvalidRecord;
import io.csiloop.kpi.KpiSnapshot;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.SignalRule;
import io.csiloop.kpi.SnapshotPeriod;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.kpi.StoredSnapshot;
import io.csiloop.measure.Band;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.RuleProfile;
import io.csiloop.persistence.entity.KpiSnapshotEntity;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.csiloop.persistence.Snapshots.monthly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * KPI snapshots on every database: they round-trip with the rule profile they were read with (an old one without),
 * the latest is the last recorded, bad ones are refused.
 */
@SuppressWarnings("unchecked")
class KpiSnapshotsTest {

    @AcrossDatabases
    void shouldStoreEveryFieldIncludingABandAndNoData(ActiveObjects ao) {
        Store store = new Store(ao);
        int id = store.define("CPU").id();
        KpiSnapshot withBand = new KpiSnapshot(id, 3, new SnapshotPeriod(PeriodUnit.WEEK, Instant.parse("2025-12-29T00:00:00Z"),
                Instant.parse("2026-01-05T00:00:00Z"), "2026-W01"), null, 0, null, new Band(40, 70), KpiStatus.NO_DATA,
                null, null, Set.of(), RuleProfile.KPI_SIGNALS, SnapshotTrigger.TRANSITION, Instant.parse("2026-01-05T06:00:00Z"), 2);

        List<StoredSnapshot> stored = store.snapshots.record(List.of(monthly(id, 1, 77.5), withBand));

        assertEquals(List.of(monthly(id, 1, 77.5), withBand), store.snapshots.history(id).stream().map(StoredSnapshot::snapshot).toList());
        assertEquals(stored, store.snapshots.history(id));
    }

    /**
     * A snapshot stored before snapshots recorded their rule profile: the table had no RULE_PROFILE column. The
     * migration adds it, and the old row reads back with its signals and no profile ("not recorded"), never the
     * measure's profile of today nor a guessed one.
     */
    @AcrossDatabases
    void shouldReadASnapshotStoredBeforeTheProfileWasRecordedAsNotRecorded(TestDatabase.Opened db) throws SQLException {
        ActiveObjects ao = db.activeObjects();
        Store store = new Store(ao);
        int id = store.define("MTTR").id();
        try (Connection c = db.jdbc(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE \"AO_E7FE69_KPI_SNAPSHOT\" DROP COLUMN \"RULE_PROFILE\""); // the table as it was
        }
        Map<String, Object> oldRow = SnapshotRows.newRow(monthly(id, 1, 70));
        oldRow.remove("RULE_PROFILE");
        ao.create(KpiSnapshotEntity.class, oldRow);

        ao.migrate(KpiSnapshotEntity.class); // what the app does when it starts

        KpiSnapshot old = store.snapshots.history(id).get(0).snapshot();
        assertTrue(Schema.columns(db, "AO_E7FE69_KPI_SNAPSHOT").contains("RULE_PROFILE"));
        assertEquals(Set.of(SignalRule.RUN_OF_EIGHT, SignalRule.BEYOND_LIMIT), old.signals());
        assertNull(old.ruleProfile(), "an old snapshot never said which rules it was read with");
    }

    @AcrossDatabases
    void shouldTellWhichMeasuresHaveASnapshotInACycleInOneStatementOfARowEach(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        int mttr = store.define("MTTR").id();
        int fcr = store.define("FCR").id();
        int none = store.define("NONE").id();
        List<KpiSnapshot> history = new ArrayList<>();
        for (int month = 1; month <= 11; month++) {
            history.add(monthly(mttr, month, 70)); // cycle 1, a year of them
        }
        KpiSnapshot second = monthly(fcr, 3, 60);
        history.add(new KpiSnapshot(fcr, 1, second.period(), 60.0, 31, 80.0, null, KpiStatus.NEAR_TARGET, 20.0, 0.5,
                Set.of(), RuleProfile.MAKING_DATA_COUNT, SnapshotTrigger.TRANSITION, second.takenAt(), 2));
        store.snapshots.record(history);

        Set<Integer>[] inCycle = new Set[2];
        long rows = db.statements().rowsWhile(() -> {
            inCycle[0] = store.snapshots.withSnapshotInCycle(List.of(mttr, fcr, none), 1);
            inCycle[1] = store.snapshots.withSnapshotInCycle(List.of(mttr, fcr, none), 2);
        });

        assertEquals(List.of(Set.of(mttr), Set.of(fcr)), List.of(inCycle));
        assertEquals(2, rows, "a row per measure that has one, not its history of eleven");
    }

    @AcrossDatabases
    void shouldTakeTheLastRecordedSnapshotAsTheLatest(ActiveObjects ao) {
        Store store = new Store(ao);
        int mttr = store.define("MTTR").id();
        int fcr = store.define("FCR").id();
        int none = store.define("NONE").id();
        store.snapshots.record(List.of(monthly(mttr, 2, 70), monthly(fcr, 1, 60)));
        StoredSnapshot mttrLatest = store.snapshots.record(List.of(monthly(mttr, 1, 71))).get(0); // recomputed January

        Map<Integer, StoredSnapshot> latest = store.snapshots.latestOf(List.of(mttr, fcr, none));

        assertEquals(mttrLatest, latest.get(mttr));
        assertEquals(60.0, latest.get(fcr).snapshot().value());
        assertEquals(2, latest.size(), "a definition without snapshots has no latest");
        assertEquals(Optional.of(mttrLatest), store.snapshots.latest(mttr));
        assertEquals(Optional.empty(), store.snapshots.latest(none));
    }

    @AcrossDatabases
    void shouldRefuseInvalidSnapshotsNamingEachAndWriteNone(ActiveObjects ao) {
        Store store = new Store(ao);
        int id = store.define("MTTR").id();
        KpiSnapshot valueWithoutData = new KpiSnapshot(id, 1, monthly(id, 1, 1).period(), 5.0, -1, 80.0, null,
                KpiStatus.NO_DATA, null, Double.NaN, null, null, null, Instant.now(), 0);

        InvalidRecord refused = assertThrows(InvalidRecord.class,
                () -> store.snapshots.record(List.of(monthly(id, 1, 70), valueWithoutData)));

        assertEquals(List.of("snapshots[1].trendSlope", "snapshots[1].trigger", "snapshots[1].cycle",
                "snapshots[1].sampleCount", "snapshots[1].value"), refused.errors().stream().map(FieldError::field).toList());
        assertEquals(0, ao.count(KpiSnapshotEntity.class));
    }

    @AcrossDatabases
    void shouldRefuseASnapshotOfAMissingDefinitionAndWriteNone(ActiveObjects ao) {
        Store store = new Store(ao);
        int id = store.define("MTTR").id();

        DefinitionNotFound refused = assertThrows(DefinitionNotFound.class,
                () -> store.snapshots.record(List.of(monthly(id, 1, 70), monthly(id + 99, 1, 70))));

        assertEquals(id + 99, refused.definitionId());
        assertEquals(0, ao.count(KpiSnapshotEntity.class));
    }

    @AcrossDatabases
    void shouldRefuseAnEmptyPeriod(ActiveObjects ao) {
        Store store = new Store(ao);
        int id = store.define("MTTR").id();
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        KpiSnapshot empty = new KpiSnapshot(id, 1, new SnapshotPeriod(PeriodUnit.DAY, at, at, "2026-01-01"), 1.0, 1, 80.0,
                null, KpiStatus.OFF_TARGET, 79.0, null, Set.of(), RuleProfile.DEFAULT, SnapshotTrigger.MANUAL, at, 1);

        InvalidRecord refused = assertThrows(InvalidRecord.class, () -> store.snapshots.record(List.of(empty)));

        assertEquals(List.of(FieldError.of("snapshots[0].period.end", "csiloop.store.error.emptyPeriod")), refused.errors());
    }
}
