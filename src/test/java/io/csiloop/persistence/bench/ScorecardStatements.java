package io.csiloop.persistence.bench;

import io.csiloop.host.ao.TestDatabase;
import io.csiloop.kpi.KpiSnapshot;
import io.csiloop.kpi.KpiStatus;
import io.csiloop.kpi.SnapshotPeriod;
import io.csiloop.kpi.SnapshotTrigger;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.RuleProfile;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** How many SQL statements, and how long, one project scorecard read takes for 20 and for 200 definitions. */
final class ScorecardStatements {

    private ScorecardStatements() {
    }

    static void report(TestDatabase.Opened db) throws Exception {
        Repositories store = new Repositories(db.activeObjects());
        for (int size : new int[] {20, 200}) {
            long project = size;
            for (StoredDefinition d : store.define(project, size)) {
                store.snapshots.record(List.of(snapshot(d, 1), snapshot(d, 2)));
            }
            store.scorecard.read(project); // warm-up
            long statements = db.statements().countWhile(() -> store.scorecard.read(project));
            long[] times = new long[PersistenceBenchmark.REPEATS];
            for (int i = 0; i < times.length; i++) {
                times[i] = Timer.millis(() -> store.scorecard.read(project));
            }
            System.out.printf("| %s | scorecard of %d definitions | %d SQL statements | %,d ms (median of %d) |%n",
                    db.kind(), size, statements, Timer.median(times), times.length);
        }
    }

    private static KpiSnapshot snapshot(StoredDefinition d, int month) {
        Instant start = Instant.parse(String.format("2026-%02d-01T00:00:00Z", month));
        SnapshotPeriod period = new SnapshotPeriod(PeriodUnit.MONTH, start, start.plusSeconds(86_400 * 28), "2026-0" + month);
        return new KpiSnapshot(d.id(), d.version(), period, 75.0, 30, 80.0, null, KpiStatus.NEAR_TARGET, 5.0, 1.5,
                Set.of(), RuleProfile.DEFAULT, SnapshotTrigger.SCHEDULE, start.plusSeconds(86_400 * 29), 1);
    }
}
