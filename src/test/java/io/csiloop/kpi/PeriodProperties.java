package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.csiloop.measure.PeriodUnit;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PeriodProperties {

    @Property
    void aPeriodContainsItsInstantAndAbutsTheNextOne(@ForAll("instants") Instant instant, @ForAll PeriodUnit unit,
            @ForAll("zones") ZoneId zone) {
        Period period = Period.containing(unit, instant, zone);
        assertTrue(period.contains(instant));
        assertTrue(period.start().isBefore(period.end()));
        assertEquals(period.end(), period.next().start());
        assertEquals(period, Period.containing(unit, period.start(), zone));
        assertEquals(period, Period.containing(unit, period.end().minusNanos(1), zone));
    }

    @Property
    void theLabelAgreesWithTheLocalCalendar(@ForAll("instants") Instant instant, @ForAll PeriodUnit unit,
            @ForAll("zones") ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        String expected = switch (unit) {
            case DAY -> local.toLocalDate().toString();
            case WEEK -> DateTimeFormatter.ISO_WEEK_DATE.format(local).substring(0, 8);
            case MONTH -> local.toLocalDate().toString().substring(0, 7);
            case QUARTER -> local.getYear() + "-Q" + ((local.getMonthValue() + 2) / 3);
        };
        assertEquals(expected, Period.containing(unit, instant, zone).label());
    }

    @Property
    void plusAndPeriodsUntilAreInverse(@ForAll("instants") Instant instant, @ForAll PeriodUnit unit,
            @ForAll("zones") ZoneId zone, @ForAll @IntRange(min = -500, max = 500) int count) {
        Period period = Period.containing(unit, instant, zone);
        assertEquals(count, period.periodsUntil(period.plus(count)));
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Generators.instants();
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Generators.zones();
    }
}
