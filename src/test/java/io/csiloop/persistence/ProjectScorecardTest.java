package io.csiloop.persistence;

import io.csiloop.application.kpi.ProjectScorecard;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.kpi.ScorecardLine;
import io.csiloop.kpi.StoredSnapshot;
import io.csiloop.measure.StoredDefinition;

import java.util.List;
import java.util.Optional;

import static io.csiloop.persistence.Snapshots.monthly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The project scorecard on every database: right lines, and a constant number of SQL statements. */
class ProjectScorecardTest {

    @AcrossDatabases
    void shouldListEachDefinitionWithItsLatestSnapshot(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        StoredDefinition fcr = store.define("FCR");
        StoredDefinition mttr = store.define("MTTR");
        store.define(Store.PROJECT + 1, Store.measure("ELSEWHERE"));
        store.snapshots.record(List.of(monthly(mttr.id(), 1, 70)));
        StoredSnapshot latest = store.snapshots.record(List.of(monthly(mttr.id(), 2, 72))).get(0);

        List<ScorecardLine> lines = new ProjectScorecard(store.definitions, store.snapshots).read(Store.PROJECT);

        assertEquals(List.of(new ScorecardLine(fcr, Optional.empty()), new ScorecardLine(mttr, Optional.of(latest))), lines);
    }

    @AcrossDatabases
    void shouldReadTheScorecardOf200DefinitionsInAsManyStatementsAsThatOf20(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        ProjectScorecard scorecard = new ProjectScorecard(store.definitions, store.snapshots);
        long small = project(store, 1, 20);
        long large = project(store, 2, 200);

        long forSmall = db.statements().countWhile(() -> assertEquals(20, scorecard.read(small).size()));
        long forLarge = db.statements().countWhile(() -> {
            List<ScorecardLine> lines = scorecard.read(large);
            assertEquals(200, lines.size());
            assertTrue(lines.stream().allMatch(line -> line.latest().orElseThrow().snapshot().period().label().equals("2026-02")));
        });

        assertEquals(forSmall, forLarge);
        assertEquals(3, forLarge, "the definitions, the newest snapshot of each, those snapshots");
    }

    /** A project of {@code size} definitions with two snapshots each; returns its id. */
    private static long project(Store store, long projectId, int size) {
        for (int i = 0; i < size; i++) {
            int id = store.define(projectId, Store.measure("M" + i)).id();
            store.snapshots.record(List.of(monthly(id, 1, 70), monthly(id, 2, 71)));
        }
        return projectId;
    }
}
