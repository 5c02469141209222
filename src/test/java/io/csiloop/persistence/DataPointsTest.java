package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.host.ao.TestDatabase;
import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.InvalidRecord;
import io.csiloop.measure.DataPoint;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.StoredDataPoint;
import io.csiloop.persistence.entity.DataPointEntity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static io.csiloop.persistence.Store.ALICE;
import static io.csiloop.persistence.Store.MANUAL;
import static io.csiloop.persistence.Store.NOW;
import static io.csiloop.persistence.Store.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Data points on every database: what goes in comes back, in time order, and bad batches leave nothing. */
class DataPointsTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    @AcrossDatabases
    void shouldStoreEverythingAboutAPoint(ActiveObjects ao) {
        Store store = new Store(ao);
        int id = store.define("MTTR").id();
        Provenance csv = new Provenance(MeasurementSource.CSV, null, 3);
        String longestNote = "n".repeat(NewDataPoint.NOTE_MAX);

        store.points.record(id, csv, List.of(new NewDataPoint(at("2026-03-01T08:00:00Z", 4.5), longestNote),
                NewDataPoint.of(at("2026-03-02T08:00:00Z", -1.25))));

        List<StoredDataPoint> stored = store.points.between(id, FROM, TO);
        assertEquals(List.of(new StoredDataPoint(stored.get(0).id(), id, at("2026-03-01T08:00:00Z", 4.5), longestNote, csv, NOW),
                new StoredDataPoint(stored.get(1).id(), id, at("2026-03-02T08:00:00Z", -1.25), null, csv, NOW)), stored);
    }

    @AcrossDatabases
    void shouldReadInTimeOrderWithEqualInstantsInRecordingOrderAcrossPages(ActiveObjects ao) {
        Store store = new Store(ao);
        int id = store.define("MTTR").id();
        Instant start = Instant.parse("2026-05-01T00:00:00Z");
        List<DataPoint> recorded = IntStream.range(0, AoDataPoints.PAGE * 2 + 10)
                .mapToObj(i -> new DataPoint(start.plusSeconds(60L * (i / 3)), i)).toList(); // three points a minute
        int split = AoDataPoints.PAGE - AoDataPoints.PAGE % 3; // a minute's three points stay in one half
        List<DataPoint> laterFirst = new ArrayList<>(recorded.subList(split, recorded.size()));
        laterFirst.addAll(recorded.subList(0, split)); // the time order must come from the read, not the ids

        store.record(id, laterFirst);

        List<DataPoint> read = new ArrayList<>();
        store.points.inTimeOrder(id, FROM, TO).forEach(read::add);
        assertEquals(recorded.size(), read.size());
        assertEquals(-1, firstDifference(recorded, read), "the index where the read order first differs");
    }

    @AcrossDatabases
    void shouldKeepTheTimeAndIdOrderWhenInstantsRepeatAcrossAndBeyondPages(ActiveObjects ao) {
        Store store = new Store(ao);
        int id = store.define("MTTR").id();
        Instant start = Instant.parse("2026-05-01T00:00:00Z");
        int[] repeats = {1, 3, 4, 1, 10, 2, 5, 1, 4, 9, 1}; // with pages of 4: ties cut by a page, one beyond two pages
        List<DataPoint> points = new ArrayList<>();
        for (int minute = 0; minute < repeats.length; minute++) {
            for (int i = 0; i < repeats[minute]; i++) {
                points.add(new DataPoint(start.plusSeconds(60L * minute), points.size()));
            }
        }
        Collections.shuffle(points, new Random(7)); // ids in another order than time
        store.record(id, points);

        List<String> expected = Arrays.stream(ao.find(DataPointEntity.class))
                .sorted(Comparator.comparingLong(DataPointEntity::getObservedAtMillis)
                        .thenComparingInt(DataPointEntity::getID))
                .map(row -> row.getObservedAtMillis() + "/" + row.getID()).toList();
        List<String> read = new ArrayList<>();
        new TimeOrderedPages<>(ao, id, FROM, TO, 4, DataPointRows.POINT_COLUMNS,
                row -> row.getObservedAtMillis() + "/" + row.getID()).forEachRemaining(read::add);
        assertEquals(expected, read);
    }

    @AcrossDatabases
    void shouldReadOnePageInTheDatabaseFetchingItsRowsNotTheRanges(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        int id = store.define("MTTR").id();
        Instant start = Instant.parse("2026-05-01T00:00:00Z");
        List<DataPoint> recorded = IntStream.range(0, 12_000)
                .mapToObj(i -> new DataPoint(start.plusSeconds(60L * (i / 2)), i)).toList(); // two points a minute
        store.record(id, recorded);
        List<StoredDataPoint> page = new ArrayList<>();
        int[] total = {0};

        long rows = db.statements().rowsWhile(() -> {
            page.addAll(store.points.page(id, FROM, TO, 9_001, 100));
            total[0] = store.points.count(id, FROM, TO);
        });

        assertEquals(recorded.subList(9_001, 9_101), page.stream().map(StoredDataPoint::point).toList());
        assertEquals(12_000, total[0]);
        assertEquals(101, rows, "the page's 100 rows and the count's one, never the range's 12,000");
        assertEquals(List.of(), store.points.page(id, FROM, TO, 12_000, 100));
        assertEquals(6, store.points.count(id, start, start.plusSeconds(180)), "counted in [from, to): three minutes");
    }

    @AcrossDatabases
    void shouldStreamAPageAtATimeSoAnExportWritesBeforeTheRangeIsRead(TestDatabase.Opened db) {
        Store store = new Store(db.activeObjects());
        int id = store.define("MTTR").id();
        Instant start = Instant.parse("2026-05-01T00:00:00Z");
        store.record(id, IntStream.range(0, AoDataPoints.PAGE * 2 + 10)
                .mapToObj(i -> new DataPoint(start.plusSeconds(60L * i), i)).toList());
        db.statements().reset();

        Iterator<DataPoint> read = store.points.inTimeOrder(id, FROM, TO).iterator();
        read.next();
        long rowsForTheFirst = db.statements().rows();
        int count = 1;
        while (read.hasNext()) {
            read.next();
            count++;
        }

        assertEquals(AoDataPoints.PAGE, rowsForTheFirst, "the first point costs one page, not the range");
        assertEquals(AoDataPoints.PAGE * 2 + 10, count);
        assertEquals(3, db.statements().count(), "one statement a page");
    }

    @AcrossDatabases
    void shouldReadHalfOpenRanges(ActiveObjects ao) {
        Store store = new Store(ao);
        int id = store.define("MTTR").id();
        store.record(id, List.of(at("2026-02-28T23:59:59.999Z", 1), at("2026-03-01T00:00:00Z", 2), at("2026-04-01T00:00:00Z", 3)));

        List<DataPoint> march = new ArrayList<>();
        store.points.inTimeOrder(id, Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z")).forEach(march::add);

        assertEquals(List.of(at("2026-03-01T00:00:00Z", 2)), march);
    }

    @AcrossDatabases
    void shouldStoreTheObservedDayInTheReportingZone(TestDatabase.Opened db) throws SQLException {
        Store store = new Store(db.activeObjects());
        int id = store.define("MTTR").id();
        // 22:30 UTC on 30 March is already 31 March in Berlin (summer time, UTC+2); on 1 January (UTC+1) too.
        store.record(id, List.of(at("2026-03-30T22:30:00Z", 1), at("2026-01-01T22:59:59Z", 2), at("2026-01-01T23:00:00Z", 3)));

        assertEquals(List.of(day("2026-01-01"), day("2026-01-02"), day("2026-03-31")), observedDays(db));
    }

    @AcrossDatabases
    void shouldCountPerDefinitionAndCycle(ActiveObjects ao) {
        Store store = new Store(ao);
        int mttr = store.define("MTTR").id();
        int fcr = store.define("FCR").id();
        store.record(mttr, List.of(at("2026-03-01T08:00:00Z", 1), at("2026-03-02T08:00:00Z", 2)));
        store.points.record(mttr, new Provenance(MeasurementSource.MANUAL, ALICE, 2), List.of(NewDataPoint.of(at("2026-04-01T08:00:00Z", 3))));
        store.record(fcr, List.of(at("2026-03-01T08:00:00Z", 1)));

        assertEquals(List.of(3, 2, 1, 1), List.of(store.points.count(mttr), store.points.countInCycle(mttr, 1),
                store.points.countInCycle(mttr, 2), store.points.count(fcr)));
    }

    @AcrossDatabases
    void shouldRefuseAPointForAMissingDefinition(ActiveObjects ao) {
        Store store = new Store(ao);

        assertThrows(DefinitionNotFound.class, () -> store.record(4242, List.of(at("2026-03-01T08:00:00Z", 1))));

        assertEquals(0, ao.count(DataPointEntity.class));
    }

    @AcrossDatabases
    void shouldRefuseABatchWithAnyInvalidPointNamingEachAndWriteNone(ActiveObjects ao) {
        Store store = new Store(ao);
        int id = store.define("MTTR").id();
        List<NewDataPoint> batch = new ArrayList<>(Arrays.asList(
                NewDataPoint.of(at("2026-03-01T08:00:00Z", 1)),
                new NewDataPoint(at("2026-03-01T09:00:00Z", 2), "n".repeat(NewDataPoint.NOTE_MAX + 1)),
                null,
                new NewDataPoint(null, "no observation")));

        InvalidRecord refused = assertThrows(InvalidRecord.class,
                () -> store.points.record(id, new Provenance(null, ALICE, 0), batch));

        assertEquals(List.of("provenance.source", "provenance.cycle", "points[1].note", "points[2]", "points[3].point"),
                refused.errors().stream().map(FieldError::field).toList());
        assertEquals(0, store.points.count(id));
    }

    @AcrossDatabases
    void shouldRecordNothingForAnEmptyBatch(ActiveObjects ao) {
        Store store = new Store(ao);

        assertEquals(0, store.points.record(store.define("MTTR").id(), MANUAL, List.of()));
    }

    private static int firstDifference(List<DataPoint> expected, List<DataPoint> actual) {
        return IntStream.range(0, expected.size()).filter(i -> !expected.get(i).equals(actual.get(i))).findFirst().orElse(-1);
    }

    private static int day(String date) {
        return (int) LocalDate.parse(date).toEpochDay();
    }

    private static List<Integer> observedDays(TestDatabase.Opened db) throws SQLException {
        List<Integer> days = new ArrayList<>();
        try (Connection c = db.jdbc(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"OBSERVED_DAY\" FROM \"AO_E7FE69_DATA_POINT\" ORDER BY \"OBSERVED_DAY\"")) {
            while (rs.next()) {
                days.add(rs.getInt(1));
            }
        }
        return days;
    }
}
