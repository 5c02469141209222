package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.csiloop.measure.PeriodUnit;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /* daylight-saving changes */

    @ParameterizedTest(name = "{0} {1} lasts {2} h")
    @CsvSource({
        "Europe/Berlin,    2026-03-29, 23, 2026-03-28T23:00:00Z",
        "Europe/Berlin,    2026-10-25, 25, 2026-10-24T22:00:00Z",
        "Europe/Berlin,    2026-07-01, 24, 2026-06-30T22:00:00Z",
        "America/New_York, 2026-03-08, 23, 2026-03-08T05:00:00Z",
        "America/New_York, 2026-11-01, 25, 2026-11-01T04:00:00Z",
    })
    void aDayRunsFromMidnightToMidnightWhateverItsLength(String zone, String day, int hours, String start) {
        Instant noon = LocalDateTime.parse(day + "T12:00").atZone(ZoneId.of(zone)).toInstant();
        Period period = Period.containing(PeriodUnit.DAY, noon, ZoneId.of(zone));
        assertEquals(day, period.label());
        assertEquals(Instant.parse(start), period.start());
        assertEquals(Duration.ofHours(hours), Duration.between(period.start(), period.end()));
    }

    @ParameterizedTest(name = "{0} is {1} in {2}")
    @CsvSource({
        // 00:30 local right after a change: a fixed offset taken from before the change gets the day wrong.
        "2026-03-29T22:30:00Z, 2026-03-30, Europe/Berlin",
        "2026-03-29T21:59:59Z, 2026-03-29, Europe/Berlin",
        "2026-10-25T23:30:00Z, 2026-10-26, Europe/Berlin",
        "2026-10-25T22:59:59Z, 2026-10-25, Europe/Berlin",
        "2026-03-09T04:30:00Z, 2026-03-09, America/New_York",
        "2026-11-02T05:30:00Z, 2026-11-02, America/New_York",
        "2026-11-02T04:30:00Z, 2026-11-01, America/New_York",
    })
    void placesAnInstantShortlyAfterMidnightInItsLocalDay(String instant, String day, String zone) {
        assertEquals(day, Period.containing(PeriodUnit.DAY, Instant.parse(instant), ZoneId.of(zone)).label());
    }

    @Test
    void aDayWhoseMidnightFallsInADaylightSavingGapStartsAtItsFirstHour() {
        // Brazil moved its clocks at midnight: 2018-11-04 began at 01:00 local (-02:00).
        ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
        Period day = Period.containing(PeriodUnit.DAY, Instant.parse("2018-11-04T12:00:00Z"), saoPaulo);
        assertEquals(Instant.parse("2018-11-04T03:00:00Z"), day.start());
        assertEquals(Duration.ofHours(23), Duration.between(day.start(), day.end()));
    }

    @Test
    void aWeekAcrossTheSpringChangeIsAnHourShort() {
        Period week = Period.containing(PeriodUnit.WEEK, Instant.parse("2026-03-29T10:00:00Z"), BERLIN);
        assertEquals("2026-W13", week.label());
        assertEquals(Instant.parse("2026-03-22T23:00:00Z"), week.start());
        assertEquals(Duration.ofHours(7 * 24 - 1), Duration.between(week.start(), week.end()));
    }

    /* ISO weeks */

    @ParameterizedTest(name = "{0} lies in {1}, which starts on {2}")
    @CsvSource({
        "2020-12-31, 2020-W53, 2020-12-28",
        "2021-01-01, 2020-W53, 2020-12-28",
        "2021-01-03, 2020-W53, 2020-12-28",
        "2021-01-04, 2021-W01, 2021-01-04",
        "2025-12-29, 2026-W01, 2025-12-29",
        "2026-01-01, 2026-W01, 2025-12-29",
        "2026-12-28, 2026-W53, 2026-12-28",
        "2027-01-03, 2026-W53, 2026-12-28",
        "2027-01-04, 2027-W01, 2027-01-04",
    })
    void aWeekIsAnIsoWeekOfItsWeekBasedYear(String day, String label, String monday) {
        Instant lateEvening = LocalDateTime.parse(day + "T23:59:59").atZone(NEW_YORK).toInstant();
        Period week = Period.containing(PeriodUnit.WEEK, lateEvening, NEW_YORK);
        assertEquals(label, week.label());
        assertEquals(monday, week.firstDay().toString());
    }

    /* months and quarters */

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
        "MONTH,   2026-03-31T21:59:59Z, 2026-03, 2026-02-28T23:00:00Z",
        "MONTH,   2026-03-31T22:00:00Z, 2026-04, 2026-03-31T22:00:00Z",
        "QUARTER, 2026-03-31T21:59:59Z, 2026-Q1, 2025-12-31T23:00:00Z",
        "QUARTER, 2026-03-31T22:00:00Z, 2026-Q2, 2026-03-31T22:00:00Z",
        "QUARTER, 2026-12-31T22:59:59Z, 2026-Q4, 2026-09-30T22:00:00Z",
        "QUARTER, 2026-12-31T23:00:00Z, 2027-Q1, 2026-12-31T23:00:00Z",
    })
    void monthsAndQuartersStartAtLocalMidnightOfTheirFirstDay(PeriodUnit unit, String instant, String label,
            String start) {
        Period period = Period.containing(unit, Instant.parse(instant), BERLIN);
        assertEquals(label, period.label());
        assertEquals(Instant.parse(start), period.start());
    }

    /* counting periods */

    @ParameterizedTest(name = "{0} from {1} to {2}: {3}")
    @CsvSource({
        "DAY,     2026-03-28, 2026-03-30, 2",
        "WEEK,    2020-12-31, 2021-01-04, 1",
        "MONTH,   2026-01-31, 2026-03-01, 2",
        "QUARTER, 2026-12-31, 2026-01-01, -3",
    })
    void countsPeriodsBetweenTwo(PeriodUnit unit, String from, String to, long count) {
        Period first = new Period(unit, LocalDate.parse(from), BERLIN);
        Period second = new Period(unit, LocalDate.parse(to), BERLIN);
        assertEquals(count, first.periodsUntil(second));
        assertEquals(second, first.plus(count));
    }

    @Test
    void refusesToCountPeriodsOfAnotherLength() {
        Period day = Period.containing(PeriodUnit.DAY, Instant.EPOCH, BERLIN);
        Period week = Period.containing(PeriodUnit.WEEK, Instant.EPOCH, BERLIN);
        assertThrows(IllegalArgumentException.class, () -> day.periodsUntil(week));
    }
}
