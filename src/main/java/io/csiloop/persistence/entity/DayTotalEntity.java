package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * {@code AO_E7FE69_DAY_TOTAL}: the totals of one definition's points on one day of the reporting zone (count, sum,
 * minimum, maximum), for the days before the definition's {@code DAY_TOTALS_BEFORE}
 * ({@link MeasurementDefEntity#getDayTotalsBefore()}). A read of a long window takes its whole days from here, one
 * row a day, instead of totalling every point again: two years of a measure with 500,000 points are about 730 rows
 * instead of 210,000 index entries (docs/persistence.md, "Day totals"). Rows of days at or after the mark are stale
 * and read by nobody; the next roll-forward replaces them.
 *
 * <p>Each row also names the first day of its week, month and quarter in the reporting zone, so that a read groups the
 * days of a window into the measure's periods in the database (a row a period, not a row a day): the period arithmetic
 * of a zone with daylight saving is not portable SQL, but it is done once, in Java, when the row is written.
 *
 * <p>The index on definition and day carries every other column too, so that a read of a window is answered from
 * the index alone, as {@code def_observed_value} answers one of the points: without it each row was a lookup in the
 * table, and 1,000 sparse measures read slower from their totals than from their points (docs/benchmarks.md
 * "Persistence"). It is not unique, though a day has one row: Active Objects 6.1.1 drops and rebuilds
 * every unique index at each migration on PostgreSQL (seen with {@code log_statement=ddl}), which for this table, a
 * row a day of every measure, would cost seconds at each start of the app. One row a day is kept by the roll-forward:
 * it replaces the days from the mark on under the definition's row lock (docs/persistence.md, "Day totals").
 */
@Table("DAY_TOTAL")
@Indexes(@Index(name = "def_day_totals", methodNames = {"getDefinition", "getObservedDay", "getWeekDay", "getMonthDay",
        "getQuarterDay", "getPointCount", "getValueSum", "getValueMin", "getValueMax"}))
public interface DayTotalEntity extends Entity {

    @NotNull
    MeasurementDefEntity getDefinition();

    void setDefinition(MeasurementDefEntity definition);

    /** The epoch day in the reporting zone, as {@link DataPointEntity#getObservedDay()}. */
    @NotNull
    int getObservedDay();

    void setObservedDay(int observedDay);

    /** The epoch day of the Monday that starts the day's week. */
    @NotNull
    int getWeekDay();

    void setWeekDay(int weekDay);

    /** The epoch day of the first of the day's month. */
    @NotNull
    int getMonthDay();

    void setMonthDay(int monthDay);

    /** The epoch day of the first day of the day's quarter. */
    @NotNull
    int getQuarterDay();

    void setQuarterDay(int quarterDay);

    @NotNull
    int getPointCount();

    void setPointCount(int pointCount);

    @NotNull
    double getValueSum();

    void setValueSum(double valueSum);

    @NotNull
    double getValueMin();

    void setValueMin(double valueMin);

    @NotNull
    double getValueMax();

    void setValueMax(double valueMax);
}
