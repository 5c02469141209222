package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.InvalidRecord;
import io.csiloop.kpi.KpiSnapshot;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.SnapshotPeriod;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.kpi.StoredSnapshot;
import io.csiloop.measure.Band;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.persistence.entity.KpiSnapshotEntity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.csiloop.persistence.Snapshots.monthly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** KPI snapshots on every database: they round-trip, the latest is the last recorded, bad ones are refused. */
class KpiSnapshotsTest {

    @AcrossDatabases
    void shouldStoreEveryFieldIncludingABandAndNoData(ActiveObjects ao) {
        Store store = new Store(ao);
        int id = store.define("CPU").id();
        KpiSnapshot withBand = new KpiSnapshot(id, 3, new SnapshotPeriod(PeriodUnit.WEEK, Instant.parse("2025-12-29T00:00:00Z"),
                Instant.parse("2026-01-05T00:00:00Z"), "2026-W01"), null, 0, null, new Band(40, 70), KpiStatus.NO_DATA,
                null, null, Set.of(), SnapshotTrigger.TRANSITION, Instant.parse("2026-01-05T06:00:00Z"), 2);

        List<StoredSnapshot> stored = store.snapshots.record(List.of(monthly(id, 1, 77.5), withBand));

        assertEquals(List.of(monthly(id, 1, 77.5), withBand), store.snapshots.history(id).stream().map(StoredSnapshot::snapshot).toList());
        assertEquals(stored, store.snapshots.history(id));
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
                KpiStatus.NO_DATA, null, Double.NaN, null, null, Instant.now(), 0);

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
                null, KpiStatus.OFF_TARGET, 79.0, null, Set.of(), SnapshotTrigger.MANUAL, at, 1);

        InvalidRecord refused = assertThrows(InvalidRecord.class, () -> store.snapshots.record(List.of(empty)));

        assertEquals(List.of(FieldError.of("snapshots[0].period.end", "csiloop.store.error.emptyPeriod")), refused.errors());
    }
}
