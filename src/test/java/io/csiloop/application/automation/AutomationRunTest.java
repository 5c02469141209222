package io.csiloop.application.automation;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.kpi.StoredSnapshot;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.persistence.entity.DayTotalEntity;
import io.csiloop.persistence.entity.MeasurementDefEntity;
import net.java.ao.Query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scheduled job on every database: collection, snapshots, idempotency and what a crash leaves. */
class AutomationRunTest {

    static final String CREATED = "project = OPS AND type = Incident";

    /** A JQL count of incidents created, summed per month, collecting September and October 2026. */
    static StoredDefinition incidents(World world) {
        StoredDefinition definition = world.define("INC", MeasurementSource.JQL_COUNT, d -> {
            d.aggregation = Aggregation.SUM;
            d.direction = io.csiloop.measure.Direction.LOWER_IS_BETTER;
            return d;
        });
        world.collect(definition, CREATED, CollectedMeasure.CREATED_COUNT, null, RaisePolicy.NEVER, 2);
        world.search.add(CREATED, Instant.parse("2026-09-03T10:00:00Z"), null);
        world.search.add(CREATED, Instant.parse("2026-09-30T21:59:00Z"), null); // 23:59 in Berlin: still September
        world.search.add(CREATED, Instant.parse("2026-10-02T08:00:00Z"), null);
        world.search.add(CREATED, Instant.parse("2026-10-31T23:30:00Z"), null); // November in Berlin
        return definition;
    }

    @AcrossDatabases
    void collectsEachClosedPeriodFromJqlAndSnapshotsIt(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition definition = incidents(world);

        RunSummary summary = world.run.run(RunScope.GLOBAL);

        assertEquals(2, summary.periodsCompleted(), summary.describe());
        List<StoredSnapshot> history = world.snapshots.history(definition.id());
        assertEquals(List.of("2026-09", "2026-10"), history.stream().map(s -> s.snapshot().period().label()).toList());
        assertEquals(List.of(2.0, 1.0), history.stream().map(s -> s.snapshot().value()).toList());
        assertEquals(SnapshotTrigger.SCHEDULE, history.get(1).snapshot().trigger());
        assertEquals(KpiStatus.ON_TARGET, history.get(1).snapshot().status());
        assertEquals(2, world.points.count(definition.id()), "one data point per counted period");
        StoredAutomation stored = world.automations.find(definition.id()).orElseThrow();
        assertEquals(new AutomationProgress(2, 2, null, null, World.NOW), stored.progress());
    }

    @AcrossDatabases
    void runningTwiceForAPeriodStoresNothingTwice(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition collected = incidents(world);
        StoredDefinition manual = world.define("FCR", MeasurementSource.MANUAL, d -> d);
        world.record(manual, "2026-10-10T10:00:00Z", 82);
        world.run.run(RunScope.GLOBAL);
        int searches = world.search.searches.get();

        RunSummary again = world.run.run(RunScope.GLOBAL);

        assertEquals(0, again.periodsCompleted(), again.describe());
        assertEquals(searches, world.search.searches.get(), "a complete period is not searched again");
        assertEquals(2, world.snapshots.history(collected.id()).size());
        assertEquals(2, world.points.count(collected.id()));
        assertEquals(1, world.snapshots.history(manual.id()).size(), "the manual October value is snapshotted once");
        assertEquals(1, world.points.count(manual.id()));
    }

    @AcrossDatabases
    void aCrashBetweenCollectingAndSnapshottingLeavesNothingAndTheNextRunCompletesIt(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition definition = incidents(world);
        World crashing = world.node(true, snapshots -> new CrashingSnapshots(snapshots, 1));

        RunSummary crashed = crashing.run.run(RunScope.GLOBAL);

        assertEquals(1, crashed.failures(), crashed.describe());
        assertEquals(0, world.points.count(definition.id()), "the collected points rolled back with the snapshot");
        assertEquals(List.of(), world.snapshots.history(definition.id()));
        assertEquals(java.util.Map.of(), world.ledger.completedSince(
                java.util.Map.of(definition.id(), definition.definition().period()), Instant.EPOCH));
        AutomationProgress failed = world.automations.find(definition.id()).orElseThrow().progress();
        assertTrue(failed.lastError().contains("the node went down"), failed.toString());

        RunSummary next = world.run.run(RunScope.GLOBAL);

        assertEquals(2, next.periodsCompleted(), next.describe());
        assertEquals(2, world.snapshots.history(definition.id()).size());
        assertEquals(2, world.points.count(definition.id()));
        AutomationProgress healed = world.automations.find(definition.id()).orElseThrow().progress();
        assertEquals(2, healed.done());
        assertNull(healed.lastError());
    }

    @AcrossDatabases
    void aCrashHalfWayKeepsTheCompletedPeriodsAndTheNextRunDoesOnlyTheRest(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition definition = incidents(world);
        World crashing = world.node(true, snapshots -> new CrashingSnapshots(snapshots, 2));

        crashing.run.run(RunScope.GLOBAL);

        assertEquals(List.of("2026-09"), world.snapshots.history(definition.id()).stream()
                .map(s -> s.snapshot().period().label()).toList());
        assertEquals(1, world.points.count(definition.id()), "October's point rolled back, September's stays");

        RunSummary next = world.run.run(RunScope.GLOBAL);

        assertEquals(1, next.periodsCompleted(), next.describe());
        assertEquals(List.of(2.0, 1.0), world.snapshots.history(definition.id()).stream()
                .map(s -> s.snapshot().value()).toList());
    }

    @AcrossDatabases
    void aManualPeriodWithoutDataWaitsForLateDataInsteadOfCompleting(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition manual = world.define("FCR", MeasurementSource.MANUAL, d -> d);

        assertEquals(0, world.run.run(RunScope.GLOBAL).periodsCompleted());
        world.record(manual, "2026-10-20T10:00:00Z", 70); // entered late, in November

        RunSummary late = world.run.run(RunScope.GLOBAL);

        assertEquals(1, late.periodsCompleted(), late.describe());
        StoredSnapshot october = world.snapshots.latest(manual.id()).orElseThrow();
        assertEquals("2026-10", october.snapshot().period().label());
        assertEquals(KpiStatus.OFF_TARGET, october.snapshot().status());
    }

    @AcrossDatabases
    void totalsTheSettledDaysOfEachMeasureAndNextDayOnlyTheDayThatSettled(ActiveObjects ao) {
        World world = new World(ao);
        StoredDefinition manual = world.define("FCR", MeasurementSource.MANUAL, d -> d);
        world.record(manual, "2026-10-10T10:00:00Z", 82);
        world.record(manual, "2026-11-15T10:00:00Z", 90); // yesterday in Berlin: left to the points

        world.run.run(RunScope.GLOBAL);
        int today = world.reportingZone.dayOf(World.NOW);
        assertEquals(today - 1, dayTotalsBefore(ao, manual), "every day before yesterday is totalled");
        assertEquals(1, ao.count(DayTotalEntity.class), "October's day; November's 15th is yesterday");

        world.clock.advance(Duration.ofDays(1));
        world.run.run(RunScope.GLOBAL);
        assertEquals(today, dayTotalsBefore(ao, manual));
        assertEquals(2, ao.count(DayTotalEntity.class), "the 15th settled overnight");
    }

    private static Integer dayTotalsBefore(ActiveObjects ao, StoredDefinition d) {
        return ao.find(MeasurementDefEntity.class, Query.select("ID, DAY_TOTALS_BEFORE")
                .where("ID = ?", d.id()))[0].getDayTotalsBefore();
    }

    @AcrossDatabases
    void aRunWithNothingDueCostsTheSameFewStatementsForFiveOrFiftyMeasures(TestDatabase.Opened db) {
        World world = new World(db.activeObjects());
        long five = idleRunStatements(world, db, 5);

        long fifty = idleRunStatements(world, db, 45);

        assertEquals(five, fifty, "reads per project, not per measure: nothing is read or written per measure");
        assertTrue(fifty < 20, "statements of an idle run: " + fifty);
    }

    /** Adds JQL counts, completes their periods, then counts the statements of a run with nothing due. */
    private static long idleRunStatements(World world, TestDatabase.Opened db, int more) {
        for (int i = 0; i < more; i++) {
            StoredDefinition d = world.define("C" + world.definitions.ofProject(World.PROJECT).size(),
                    MeasurementSource.JQL_COUNT, draft -> {
                        draft.aggregation = Aggregation.SUM;
                        return draft;
                    });
            world.collect(d, CREATED, CollectedMeasure.CREATED_COUNT, null, RaisePolicy.NEVER, 2);
        }
        world.run.run(RunScope.GLOBAL);
        return db.statements().countWhile(() -> world.run.run(RunScope.GLOBAL));
    }
}
