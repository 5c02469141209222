package io.csiloop.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * What {@link PeriodCursor}s ask the zone rules, remembered for the last few answers and shared between
 * them: a scorecard's measures are read one after the other over the same months, so each cursor would
 * otherwise ask the same questions again (the stretch of an instant, the start of a day near a change).
 *
 * <p>The answers are immutable records, safe to read through a data race (final fields); a race between
 * two writers costs a repeated question, never a wrong answer, as every hit is checked against its key.
 */
final class ZoneMemory {

    private static final int SIZE = 8; // a few offset changes of a few zones
    private static final Stretch[] STRETCHES = new Stretch[SIZE];
    private static final Midnight[] MIDNIGHTS = new Midnight[SIZE];
    private static int nextStretch;
    private static int nextMidnight;

    private ZoneMemory() {
    }

    /** The time from one of the zone's transitions to the next, [from, until), and its offset in seconds. */
    record Stretch(ZoneRules rules, long offset, long from, long until) {

        boolean covers(ZoneRules zoneRules, long second) {
            return rules == zoneRules && second >= from && second < until;
        }
    }

    private record Midnight(ZoneRules rules, long epochDay, long second) {
    }

    /** The stretch of the zone's time that holds the instant (an epoch second). */
    static Stretch stretchOf(ZoneRules rules, long second) {
        for (Stretch stretch : STRETCHES) {
            if (stretch != null && stretch.covers(rules, second)) {
                return stretch;
            }
        }
        Instant instant = Instant.ofEpochSecond(second);
        // previousTransition is strictly before its argument, nextTransition strictly after
        ZoneOffsetTransition before = rules.previousTransition(Instant.ofEpochSecond(second + 1));
        ZoneOffsetTransition after = rules.nextTransition(instant);
        Stretch stretch = new Stretch(rules, rules.getOffset(instant).getTotalSeconds(),
                before == null ? Long.MIN_VALUE : before.toEpochSecond(),
                after == null ? Long.MAX_VALUE : after.toEpochSecond());
        STRETCHES[nextStretch++ & (SIZE - 1)] = stretch;
        return stretch;
    }

    /** The epoch second a local day starts in the zone, after any gap at midnight, as {@link Period#start()}. */
    static long startOfDay(ZoneId zone, ZoneRules rules, long epochDay) {
        for (Midnight midnight : MIDNIGHTS) {
            if (midnight != null && midnight.rules() == rules && midnight.epochDay() == epochDay) {
                return midnight.second();
            }
        }
        long second = LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toEpochSecond();
        MIDNIGHTS[nextMidnight++ & (SIZE - 1)] = new Midnight(rules, epochDay, second);
        return second;
    }
}
