package io.csiloop.kpi;

import io.csiloop.measure.PeriodUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

/**
 * Finds the period of an instant and its end as an epoch second, as {@link Period#containing} and
 * {@link Period#end()} do, but without the zone rules' object-heavy arithmetic for every period: it keeps
 * the stretch of time between two of the zone's offset transitions, in which local time is the instant
 * plus one fixed offset, and asks the rules again only when an instant leaves that stretch or a period
 * boundary comes near its transitions. Not thread-safe; one per stream.
 */
final class PeriodCursor {

    private static final long DAY = 86_400;
    /**
     * A boundary computed from the stretch's offset is exact only if no transition lies in the two days
     * before it: an offset is within ±18 h, so no instant earlier than that can read the same local midnight.
     */
    private static final long GUARD = 2 * DAY;

    private final PeriodUnit unit;
    private final ZoneId zone;
    private final ZoneRules rules;
    private long offset; // seconds, the offset in [from, until)
    private long from = Long.MAX_VALUE; // an empty stretch until the first instant
    private long guardedFrom = Long.MAX_VALUE;
    private long until = Long.MIN_VALUE;
    private long end;
    private LocalDate next; // the first day of the period after the one found last: mostly the next one found
    private long nextEpochDay = Long.MIN_VALUE;

    PeriodCursor(PeriodUnit unit, ZoneId zone) {
        this.unit = unit;
        this.zone = zone;
        this.rules = zone.getRules();
    }

    /** The period that contains the instant; {@link #end()} is then that period's end. */
    Period periodOf(Instant instant) {
        LocalDate firstDay = firstDay(localEpochDay(instant.getEpochSecond()));
        Period period = new Period(unit, firstDay, zone);
        next = following(firstDay);
        nextEpochDay = next.toEpochDay();
        end = startOfDay(nextEpochDay);
        return period;
    }

    /** The epoch second of the end of the period {@link #periodOf} returned last. */
    long end() {
        return end;
    }

    private long localEpochDay(long second) {
        if (second < from || second >= until) {
            enterStretchOf(second);
        }
        return Math.floorDiv(second + offset, DAY);
    }

    private void enterStretchOf(long second) {
        ZoneMemory.Stretch stretch = ZoneMemory.stretchOf(rules, second);
        offset = stretch.offset();
        from = stretch.from();
        guardedFrom = from == Long.MIN_VALUE ? Long.MIN_VALUE : from + GUARD;
        until = stretch.until();
    }

    private LocalDate firstDay(long epochDay) {
        long first = switch (unit) {
            case DAY -> epochDay;
            case WEEK -> epochDay - Math.floorMod(epochDay + 3, 7); // day 0 was a Thursday
            case MONTH, QUARTER -> Period.firstDayOf(unit, LocalDate.ofEpochDay(epochDay)).toEpochDay();
        };
        return first == nextEpochDay ? next : LocalDate.ofEpochDay(first);
    }

    /** The first day of the next period, as {@link Period#next()} has it. */
    private LocalDate following(LocalDate firstDay) {
        return switch (unit) {
            case DAY -> firstDay.plusDays(1);
            case WEEK -> firstDay.plusWeeks(1);
            case MONTH -> firstDay.plusMonths(1);
            case QUARTER -> firstDay.plusMonths(3);
        };
    }

    /** The first instant of the local day, after any gap at midnight, as {@link Period#start()} reads it. */
    private long startOfDay(long epochDay) {
        long candidate = epochDay * DAY - offset;
        if (candidate > guardedFrom && candidate < until) {
            return candidate;
        }
        return ZoneMemory.startOfDay(zone, rules, epochDay);
    }
}
