package io.csiloop.persistence.bench;

import io.csiloop.host.ao.TestDatabase;
import io.csiloop.measure.DataPoint;
import io.csiloop.persistence.IngestionPaths;

import java.sql.Connection;
import java.util.List;

/**
 * Why the repository writes as it does: the same points through AO's bulk create in chunks of 100, 1,000
 * (the repository's) and 10,000 rows, and one entity at a time, each into the emptied table.
 */
final class WritePaths {

    static final int POINTS = 200_000;

    private WritePaths() {
    }

    static void report(TestDatabase.Opened db) throws Exception {
        Repositories store = new Repositories(db.activeObjects());
        int id = store.define(1, 1).get(0).id();
        List<DataPoint> points = Workload.points(POINTS, 7);
        List<DataPoint> few = points.subList(0, POINTS / 10);
        try (Connection c = db.jdbc()) {
            IngestionPaths.inChunks(db.activeObjects(), store.zone, id, few, 1_000); // warm-up
            IngestionPaths.oneAtATime(db.activeObjects(), store.zone, id, few);
            StringBuilder row = new StringBuilder("| " + db.kind() + " | write paths, points/s |");
            for (int chunk : new int[] {100, 1_000, 10_000}) {
                RawJdbc.clear(c);
                long millis = Timer.millis(() -> IngestionPaths.inChunks(db.activeObjects(), store.zone, id, points, chunk));
                row.append(String.format(" bulk create, chunks of %,d: %,d |", chunk, POINTS * 1000L / millis));
            }
            RawJdbc.clear(c);
            long millis = Timer.millis(() -> IngestionPaths.oneAtATime(db.activeObjects(), store.zone, id, few));
            row.append(String.format(" one entity at a time: %,d |", few.size() * 1000L / millis));
            RawJdbc.clear(c);
            System.out.println(row);
        }
    }
}
