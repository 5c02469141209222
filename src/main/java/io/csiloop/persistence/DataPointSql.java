package io.csiloop.persistence;

import io.csiloop.measure.PeriodUnit;
import io.csiloop.port.SqlReads;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads of the data point table in plain SQL ({@link SqlReads}; in Jira its {@code DatabaseAccessor}) rather than
 * through Active Objects, where AO's query shape or its entities cost more than the database's answer:
 * <ul>
 *   <li>the totals per definition and {@code OBSERVED_DAY}: a GROUP BY over many definitions hands back a row per
 *   definition and day (hundreds of thousands for a year of a thousand measures), and AO would turn every one into a
 *   read-only entity proxy first, which cost more than the query itself on PostgreSQL (docs/benchmarks.md
 *   "Persistence"); plain {@code getInt}/{@code getDouble} on the result set is the database's own speed;</li>
 *   <li>where each definition's points begin and end: one {@code MIN}/{@code MAX} per definition, joined by
 *   {@code UNION ALL} into one statement, which the database answers from the {@code (DEFINITION_ID,
 *   OBSERVED_AT_MILLIS)} index in two probes each; the same by {@code GROUP BY DEFINITION_ID}, all AO can express,
 *   read every point of each definition's history (239 ms for a measure of 500,000 points at scale, docs/benchmarks.md
 *   "At scale").</li>
 * </ul>
 *
 * <p>Only reads go this way: {@link SqlReads#onConnection} borrows a connection of its own, outside any transaction the
 * caller runs, so it sees committed rows only; no caller aggregates inside a transaction that wrote points (the
 * roll-forward of {@link AoDayTotals} reads inside its own on purpose: it wants the committed points only).
 * Writes stay with Active Objects, whose transactions are the app's. Names follow Active Objects' table naming
 * ({@code AO_E7FE69_} + the entity's table), quoted with the driver's own quote, and the schema is named where
 * Jira's connection configures one, as the accessor's javadoc asks.
 */
final class DataPointSql {

    /** The table of {@link io.csiloop.persistence.entity.DataPointEntity}, as Active Objects names it in Jira. */
    static final String TABLE = "AO_E7FE69_DATA_POINT";
    /** The table of {@link io.csiloop.persistence.entity.DayTotalEntity}. */
    static final String TOTALS = "AO_E7FE69_DAY_TOTAL";
    /** The table of {@link io.csiloop.persistence.entity.MeasurementDefEntity}. */
    static final String DEFINITIONS = "AO_E7FE69_MEASUREMENT_DEF";

    /** Receives one row: a definition's totals of one day; {@code observedDay} is null on rows not yet backfilled. */
    interface Day {
        void total(int definitionId, Integer observedDay, int count, double sum, double min, double max);
    }

    /** Receives where a definition's points begin and end (epoch milliseconds); not called for one without points. */
    interface Span {
        void of(int definitionId, long firstMillis, long lastMillis);
    }

    private interface Rows {
        void read(ResultSet rows) throws SQLException;
    }

    private final SqlReads database;

    DataPointSql(SqlReads database) {
        this.database = database;
    }

    /**
     * Runs one GROUP BY by definition and day, restricted by {@code where} (built by the function from a quoting of
     * column names), and hands every row to {@code day}.
     */
    void read(Function<Function<String, String>, String> where, Object[] parameters, Day day) {
        query(q -> "SELECT " + q.apply("DEFINITION_ID") + ", " + dayTotals(q) + " FROM " + table(q) + " WHERE "
                + where.apply(q) + " GROUP BY " + q.apply("DEFINITION_ID") + ", " + q.apply("OBSERVED_DAY"), parameters,
                rows -> dayOf(rows, day),
                "total the data points by day");
    }

    /** The day and its totals, in the order {@link #dayOf} reads them after the definition's id. */
    private static String dayTotals(Function<String, String> q) {
        String value = q.apply("MEASURED_VALUE");
        return q.apply("OBSERVED_DAY") + ", COUNT(*), SUM(" + value + "), MIN(" + value + "), MAX(" + value + ")";
    }

    private static void dayOf(ResultSet rows, Day day) throws SQLException {
        int observedDay = rows.getInt(2);
        Integer dated = rows.wasNull() ? null : observedDay; // wasNull speaks of the last read
        day.total(rows.getInt(1), dated, rows.getInt(3), rows.getDouble(4), rows.getDouble(5), rows.getDouble(6));
    }

    /** A definition and a range of its own, in epoch milliseconds: {@code [fromMillis, toMillis)}. */
    record Range(int definitionId, long fromMillis, long toMillis) {
    }

    /**
     * A definition and the days {@code [fromDay, toDay)} (epoch days) read from its day totals, grouped by the first
     * day of the definition's periods (a row a period, not a row a day).
     */
    record Totalled(int definitionId, int fromDay, int toDay, PeriodUnit unit) {
    }

    /** The column of {@link io.csiloop.persistence.entity.DayTotalEntity} holding the first day of a day's period. */
    static String periodColumn(PeriodUnit unit) {
        return switch (unit) {
            case DAY -> "OBSERVED_DAY";
            case WEEK -> "WEEK_DAY";
            case MONTH -> "MONTH_DAY";
            case QUARTER -> "QUARTER_DAY";
        };
    }

    /**
     * The marks of the definitions that have day totals ({@link DayTotalsMark}): per definition id, the first day its
     * totals do not cover. One statement per {@value IdLists#MAX_IN} definitions.
     */
    Map<Integer, Integer> marks(Collection<Integer> definitionIds) {
        Map<Integer, Integer> marks = new HashMap<>();
        List<Integer> ids = List.copyOf(definitionIds);
        for (int start = 0; start < ids.size(); start += IdLists.MAX_IN) {
            List<Integer> chunk = ids.subList(start, Math.min(ids.size(), start + IdLists.MAX_IN));
            query(q -> "SELECT " + q.apply("ID") + ", " + q.apply("DAY_TOTALS_BEFORE") + " FROM "
                    + table(q, DEFINITIONS) + " WHERE " + in(q, "ID", chunk) + " AND " + q.apply("DAY_TOTALS_BEFORE")
                    + " IS NOT NULL", chunk.toArray(),
                    rows -> marks.put(rows.getInt(1), rows.getInt(2)), "read where the day totals end");
        }
        return marks;
    }

    /**
     * The totals per day of each definition over ranges of its own, in one statement: a GROUP BY of the points per
     * range and of the day totals per totalled span (those by period: the "day" handed over is the period's first),
     * joined by {@code UNION ALL}, each an index range read.
     * Written as one WHERE with an OR of the ranges, PostgreSQL planned it as one scan over them all: 0.9 to 1.3 s for
     * the baselines of 29 measures at 10,000,000 points (docs/benchmarks.md "At scale").
     * Ranges with the same bounds (and spans with the same bounds and period) share one branch over an {@code IN} list
     * of their definitions: a project's measures read the same recent window, and PostgreSQL spent longer parsing and
     * planning a branch per measure (5 to 6 ms for 40 measures) than running them.
     */
    void readRanges(List<Range> ranges, List<Totalled> totalled, Day day) {
        if (ranges.isEmpty() && totalled.isEmpty()) {
            return;
        }
        Map<Millis, List<Integer>> pointBranches = new LinkedHashMap<>();
        ranges.forEach(r -> pointBranches.computeIfAbsent(new Millis(r.fromMillis(), r.toMillis()),
                k -> new ArrayList<>()).add(r.definitionId()));
        Map<Days, List<Integer>> totalBranches = new LinkedHashMap<>();
        totalled.forEach(t -> totalBranches.computeIfAbsent(new Days(t.unit(), t.fromDay(), t.toDay()),
                k -> new ArrayList<>()).add(t.definitionId()));
        List<Object> parameters = new ArrayList<>();
        pointBranches.forEach((bounds, ids) -> {
            parameters.addAll(ids);
            parameters.add(bounds.from());
            parameters.add(bounds.to());
        });
        totalBranches.forEach((bounds, ids) -> {
            parameters.addAll(ids);
            parameters.add(bounds.from());
            parameters.add(bounds.to());
        });
        query(q -> Stream.concat(
                        pointBranches.values().stream().map(ids -> pointBranch(q, ids)),
                        totalBranches.entrySet().stream().map(e -> totalBranch(q, e.getKey().unit(), e.getValue())))
                .collect(Collectors.joining(" UNION ALL ")), parameters.toArray(), rows -> dayOf(rows, day),
                "total the data points by day");
    }

    /** The bounds a branch of points shares: {@code [from, to)} in epoch milliseconds. */
    private record Millis(long from, long to) {
    }

    /** The bounds a branch of day totals shares: the period it groups by and {@code [from, to)} in epoch days. */
    private record Days(PeriodUnit unit, int from, int to) {
    }

    /** The day totals of the definitions' points in {@code [?, ?)}, by definition and day. */
    private String pointBranch(Function<String, String> q, List<Integer> ids) {
        return "SELECT " + q.apply("DEFINITION_ID") + ", " + dayTotals(q) + " FROM " + table(q, TABLE) + " WHERE "
                + in(q, "DEFINITION_ID", ids) + " AND " + q.apply("OBSERVED_AT_MILLIS") + " >= ? AND "
                + q.apply("OBSERVED_AT_MILLIS") + " < ? GROUP BY " + q.apply("DEFINITION_ID") + ", "
                + q.apply("OBSERVED_DAY");
    }

    /** The definitions' kept day totals of the days {@code [?, ?)}, summed by definition and period. */
    private String totalBranch(Function<String, String> q, PeriodUnit unit, List<Integer> ids) {
        String period = q.apply(periodColumn(unit));
        return "SELECT " + q.apply("DEFINITION_ID") + ", " + period + ", SUM(" + q.apply("POINT_COUNT") + "), SUM("
                + q.apply("VALUE_SUM") + "), MIN(" + q.apply("VALUE_MIN") + "), MAX(" + q.apply("VALUE_MAX") + ") FROM "
                + table(q, TOTALS) + " WHERE " + in(q, "DEFINITION_ID", ids) + " AND " + q.apply("OBSERVED_DAY")
                + " >= ? AND " + q.apply("OBSERVED_DAY") + " < ? GROUP BY " + q.apply("DEFINITION_ID") + ", " + period;
    }

    /** {@code column IN (?, …)} with a parameter per id. */
    private static String in(Function<String, String> q, String column, List<Integer> ids) {
        return q.apply(column) + " IN (" + "?, ".repeat(ids.size() - 1) + "?)";
    }

    /** Where the points of each definition before its own bound (epoch milliseconds) begin and end: one statement. */
    void spans(Map<Integer, Long> beforeMillis, Span span) {
        if (beforeMillis.isEmpty()) {
            return;
        }
        List<Integer> definitionIds = List.copyOf(beforeMillis.keySet());
        Object[] parameters = definitionIds.stream().flatMap(id -> Stream.of(id, beforeMillis.get(id))).toArray();
        // The id is written into the statement as a number (it is an int of ours, never user text): as a parameter
        // in the select list some databases cannot type it, and as MIN(DEFINITION_ID) PostgreSQL plans that
        // aggregate as a scan of the table until the first row of the definition
        query(q -> definitionIds.stream().map(id -> "SELECT " + Integer.toString(id) + ", MIN("
                + q.apply("OBSERVED_AT_MILLIS") + "), MAX(" + q.apply("OBSERVED_AT_MILLIS") + ") FROM " + table(q)
                + " WHERE " + q.apply("DEFINITION_ID") + " = ? AND " + q.apply("OBSERVED_AT_MILLIS") + " < ?")
                .collect(Collectors.joining(" UNION ALL ")), parameters, rows -> {
                    long first = rows.getLong(2);
                    if (!rows.wasNull()) { // no point before: the aggregates are null
                        span.of(rows.getInt(1), first, rows.getLong(3));
                    }
                }, "find where the data points begin and end");
    }

    private void query(Function<Function<String, String>, String> sql, Object[] parameters, Rows each, String what) {
        database.onConnection(jdbc -> {
            try {
                String quote = jdbc.getMetaData().getIdentifierQuoteString().strip();
                try (PreparedStatement query = jdbc.prepareStatement(sql.apply(name -> quote + name + quote))) {
                    for (int i = 0; i < parameters.length; i++) {
                        query.setObject(i + 1, parameters[i]);
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            each.read(rows);
                        }
                    }
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException("could not " + what + ": " + e.getMessage(), e);
            }
        });
    }

    private String table(Function<String, String> q) {
        return table(q, TABLE);
    }

    private String table(Function<String, String> q, String name) {
        // Jira's schema name is used as configured, unquoted: so Jira's own SQL names it, in the database's case
        return database.schemaName().filter(s -> !s.isBlank()).map(s -> s + ".").orElse("") + q.apply(name);
    }
}
