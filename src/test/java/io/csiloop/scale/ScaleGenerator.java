package io.csiloop.scale;

import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.preview.PreviewApp;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Loads the scale data set ({@link ScaleDataSet}) into an empty database, in parts around the preview's start:
 * {@link #issues} before (the host's issue tables, so the preview plants no demo), {@link #measures} after (the
 * preview's start has created the app's tables: the register and measures go through the app's repositories), then
 * {@link #points} straight into their table by {@link PointLoader}, once per size. Prints what it loaded and how
 * long it took.
 */
final class ScaleGenerator {

    private final ScaleDataSet set;
    private final String url;
    private final String user;
    private final String password;

    ScaleGenerator(ScaleDataSet set, String url, String user, String password) {
        this.set = set;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Empties the database: PostgreSQL's public schema, or everything in H2. */
    void reset() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            if (url.startsWith("jdbc:postgresql:")) {
                s.execute("DROP SCHEMA public CASCADE");
                s.execute("CREATE SCHEMA public");
            } else {
                s.execute("DROP ALL OBJECTS");
            }
        }
    }

    void issues() throws SQLException {
        long start = System.nanoTime();
        new ScaleIssues(set).write(this::open);
        log("%,d issues in %d projects", (long) set.projects() * set.issuesPerProject(), set.projects(), start);
    }

    /** Loads the register and the measures through the app's repositories; returns the measures in order. */
    List<ScaleMeasures.Generated> measures(PreviewApp app) {
        ScaleMeasures measures = new ScaleMeasures(set);
        long start = System.nanoTime();
        measures.register(app.get(ImprovementRegister.class));
        List<ScaleMeasures.Generated> defined = measures.define(app.get(MeasurementDefinitions.class));
        log("%,d register entries and %,d measures", (long) set.projects() * set.improvementsPerProject(),
                defined.size(), start);
        return defined;
    }

    /**
     * Replaces every data point by the data set's: the table is emptied first, so that one run can load 1,000,000
     * points, measure, then load 10,000,000 into the same projects and measures.
     */
    void points(List<ScaleMeasures.Generated> defined) throws SQLException {
        long start = System.nanoTime();
        try (Connection c = open(); Statement s = c.createStatement()) {
            s.execute(url.startsWith("jdbc:postgresql:") ? "TRUNCATE " + PointLoader.TABLE + " CASCADE"
                    : "DELETE FROM " + PointLoader.TABLE);
            // the points are replaced behind the writers' back: no day total of the last size may stay
            s.execute("DELETE FROM \"AO_E7FE69_DAY_TOTAL\"");
            s.execute("UPDATE \"AO_E7FE69_MEASUREMENT_DEF\" SET \"DAY_TOTALS_BEFORE\" = NULL");
        }
        long[] shares = new ScaleMeasures(set).shares(defined.size(), ScaleHarness.HOT_MEASURE);
        try (PointLoader loader = new PointLoader(open(), PreviewApp.ZONE)) {
            for (int i = 0; i < defined.size(); i++) {
                ScaleMeasures.Generated m = defined.get(i);
                String source = m.source().name();
                new ScaleSeries(set.seed() * 31 + i, set.start(), set.now())
                        .emit(shares[i], (at, value) -> {
                            try {
                                loader.add(m.id(), at, value, source, "admin");
                            } catch (SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        });
            }
        }
        log("%,d data points (the hot measure %,d), loaded and analysed", set.points(), shares[ScaleHarness.HOT_MEASURE], start);
    }

    private Connection open() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static void log(String format, long a, long b, long startNanos) {
        System.out.printf("  " + format + " in %.1f s%n", a, b, (System.nanoTime() - startNanos) / 1e9);
    }
}
