package io.csiloop.kpi;

import io.csiloop.measure.PeriodUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * One reporting period: a day, ISO week, month or quarter of the calendar in a time zone. It runs
 * from the start of its first day ({@link #start()}, included) to the start of the next period's
 * first day ({@link #end()}, excluded), so a day is 23 or 25 hours long on a daylight-saving change.
 *
 * @param unit the period's length; never null
 * @param firstDay the local date the period starts on (a Monday for weeks, the 1st for months and
 *     quarters); {@link #containing} normalises any date to it
 * @param zone the time zone the calendar is read in; never null
 */
public record Period(PeriodUnit unit, LocalDate firstDay, ZoneId zone) {

    public Period {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(zone, "zone");
        firstDay = firstDayOf(unit, Objects.requireNonNull(firstDay, "firstDay"));
    }

    /** The period of the given length that contains the instant, read in the zone. */
    public static Period containing(PeriodUnit unit, Instant instant, ZoneId zone) {
        return new Period(unit, instant.atZone(zone).toLocalDate(), zone);
    }

    /** The first day of the period of the unit that contains the day: the day itself when it is that day. */
    static LocalDate firstDayOf(PeriodUnit unit, LocalDate day) {
        return switch (unit) {
            case DAY -> day;
            case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L); // the same object on a Monday
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        };
    }

    /** The first instant of the period (the start of its first day, after any gap at midnight). */
    public Instant start() {
        return firstDay.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period: the start of the next one. */
    public Instant end() {
        return next().start();
    }

    /** Whether the instant lies in the period. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    /** The period right after this one. */
    public Period next() {
        return plus(1);
    }

    /** The period {@code count} periods later (earlier when negative). */
    public Period plus(long count) {
        LocalDate day = switch (unit) {
            case DAY -> firstDay.plusDays(count);
            case WEEK -> firstDay.plusWeeks(count);
            case MONTH -> firstDay.plusMonths(count);
            case QUARTER -> firstDay.plusMonths(3 * count);
        };
        return new Period(unit, day, zone);
    }

    /** How many periods lie from this one to the other: 0 for the same, negative when it is earlier. */
    public long periodsUntil(Period other) {
        if (other.unit != unit) {
            throw new IllegalArgumentException("cannot count " + other.unit + " periods in " + unit + "s");
        }
        return switch (unit) {
            case DAY -> ChronoUnit.DAYS.between(firstDay, other.firstDay);
            case WEEK -> ChronoUnit.WEEKS.between(firstDay, other.firstDay);
            case MONTH -> ChronoUnit.MONTHS.between(firstDay, other.firstDay);
            case QUARTER -> ChronoUnit.MONTHS.between(firstDay, other.firstDay) / 3;
        };
    }

    /**
     * The period's name, language-neutral as in ISO 8601: {@code 2026-03-29}, {@code 2026-W01} (the
     * ISO week-based year, which differs from the calendar year around New Year), {@code 2026-03},
     * {@code 2026-Q1}.
     */
    public String label() {
        return switch (unit) {
            case DAY -> firstDay.toString();
            case WEEK -> String.format("%d-W%02d",
                    firstDay.get(IsoFields.WEEK_BASED_YEAR), firstDay.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%d-%02d", firstDay.getYear(), firstDay.getMonthValue());
            case QUARTER -> firstDay.getYear() + "-Q" + firstDay.get(IsoFields.QUARTER_OF_YEAR);
        };
    }
}
