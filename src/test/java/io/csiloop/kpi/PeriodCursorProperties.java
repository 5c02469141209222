package io.csiloop.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.csiloop.measure.PeriodUnit;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The cursor's cached boundaries against {@link Period}'s own zone arithmetic, in every zone the JDK knows. */
class PeriodCursorProperties {

    private static final long DAY = 86_400;

    /** Period after period from any instant: the cursor's end is the next period's start, to the second. */
    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void walkingPeriodAfterPeriodMatchesThePeriodsOwnBoundaries(@ForAll("instants") Instant from,
            @ForAll PeriodUnit unit, @ForAll("anyZone") ZoneId zone, @ForAll @IntRange(min = 1, max = 400) int periods) {
        PeriodCursor cursor = new PeriodCursor(unit, zone);
        Instant at = from;
        for (int i = 0; i < periods; i++) {
            Period period = cursor.periodOf(at);
            assertMatches(period, cursor, at, unit, zone);
            Instant lastSecond = Instant.ofEpochSecond(cursor.end() - 1);
            assertMatches(cursor.periodOf(lastSecond), cursor, lastSecond, unit, zone);
            at = Instant.ofEpochSecond(cursor.end());
        }
    }

    /** Instants a few days around the zone's offset changes, in time order and out of it. */
    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void instantsAroundOffsetChangesFallInTheirPeriods(@ForAll("instants") Instant near, @ForAll PeriodUnit unit,
            @ForAll("anyZone") ZoneId zone, @ForAll("offsets") List<Long> offsets) {
        ZoneOffsetTransition transition = zone.getRules().nextTransition(near);
        Instant around = transition == null ? near : transition.getInstant();
        PeriodCursor cursor = new PeriodCursor(unit, zone);
        for (long offset : offsets) {
            Instant at = around.plusSeconds(offset);
            assertMatches(cursor.periodOf(at), cursor, at, unit, zone);
        }
    }

    /** Sparse instants far apart, as gaps in a series leave them. */
    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void instantsYearsApartFallInTheirPeriods(@ForAll("sorted") List<Instant> instants, @ForAll PeriodUnit unit,
            @ForAll("anyZone") ZoneId zone) {
        PeriodCursor cursor = new PeriodCursor(unit, zone);
        for (Instant at : instants) {
            assertMatches(cursor.periodOf(at), cursor, at, unit, zone);
        }
    }

    private static void assertMatches(Period period, PeriodCursor cursor, Instant at, PeriodUnit unit, ZoneId zone) {
        Period expected = Period.containing(unit, at, zone);
        assertEquals(expected, period, () -> "period of " + at + " in " + zone);
        assertEquals(expected.end().getEpochSecond(), cursor.end(), () -> "end of " + expected + " in " + zone);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("1880-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2100-01-01T00:00:00Z").getEpochSecond()).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<List<Long>> offsets() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-4 * DAY, 4 * DAY),
                Arbitraries.longs().between(-3, 3), Arbitraries.longs().between(-3, 3).map(s -> s + DAY),
                Arbitraries.longs().between(-3, 3).map(s -> s - DAY)).list().ofMinSize(1).ofMaxSize(60);
    }

    @Provide
    Arbitrary<List<Instant>> sorted() {
        return instants().list().ofMaxSize(40).map(list -> list.stream().sorted().toList());
    }

    @Provide
    Arbitrary<ZoneId> anyZone() {
        return Generators.anyZone();
    }
}
