package io.csiloop.scale;

import io.csiloop.host.ao.AoDatabase;
import io.csiloop.preview.Preview;
import io.csiloop.preview.PreviewConfig;
import io.csiloop.preview.PreviewStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scale data set, small, on H2: what the generator loads is what the data set describes, the same every time. */
class ScaleDataSetTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @TempDir
    Path folder;

    @Test
    void shouldLoadTheDescribedIssuesMeasuresAndPointsIntoH2() throws Exception {
        ScaleDataSet set = new ScaleDataSet(7, 2, 9, 7, 4, 3, 20_000, 5, NOW);
        String url = "jdbc:h2:file:" + folder.resolve("db");
        ScaleGenerator generator = new ScaleGenerator(set, url, "sa", "");
        generator.issues();
        try (Preview preview = Preview.start(new PreviewConfig(0, url), Clock.systemUTC(),
                new PreviewStore(AoDatabase.h2(url), UnaryOperator.identity(), set.projectRefs()))) {
            List<ScaleMeasures.Generated> measures = generator.measures(preview.app());
            generator.points(measures);
            generator.points(measures); // a second size replaces the points, it does not add to them
            assertEquals(32, count(url, "SELECT COUNT(*) FROM PREVIEW_ISSUE"), "9 + 7 issues in each of 2 projects");
            assertEquals(9, count(url, "SELECT COUNT(DISTINCT STATUS) FROM PREVIEW_ISSUE WHERE ISSUE_TYPE = 'Improvement'"),
                    "an improvement in every step, Improved and Rejected");
            assertEquals(8, measures.size());
            assertEquals(20_000, count(url, "SELECT COUNT(*) FROM " + PointLoader.TABLE));
            assertEquals(1_000, count(url, "SELECT COUNT(*) FROM " + PointLoader.TABLE + " WHERE \"DEFINITION_ID\" = "
                    + measures.get(ScaleHarness.HOT_MEASURE).id()), "the hot measure has 5 % of the points");
            assertEquals(0, count(url, "SELECT COUNT(*) FROM " + PointLoader.TABLE + " WHERE \"OBSERVED_AT_MILLIS\" < "
                    + set.start().toEpochMilli() + " OR \"OBSERVED_AT_MILLIS\" > " + NOW.toEpochMilli()));
        }
    }

    @Test
    void shouldDrawTheSameSeriesFromTheSameSeedWithGapsWithoutPoints() {
        List<long[]> first = series(11);
        assertEquals(first.stream().map(p -> p[0] + ":" + p[1]).toList(), series(11).stream().map(p -> p[0] + ":" + p[1]).toList());
        long longestPause = 0;
        for (int i = 1; i < first.size(); i++) {
            longestPause = Math.max(longestPause, first.get(i)[0] - first.get(i - 1)[0]);
            assertTrue(first.get(i)[0] >= first.get(i - 1)[0], "in time order");
        }
        assertTrue(longestPause >= 2 * 86_400_000L, "at least one gap of two days or more among points hours apart");
    }

    private static List<long[]> series(long seed) {
        List<long[]> points = new ArrayList<>();
        new ScaleSeries(seed, NOW.minusSeconds(5L * 365 * 86_400), NOW)
                .emit(10_000, (at, value) -> points.add(new long[] {at, Double.doubleToLongBits(value)}));
        return points;
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
