package io.csiloop.persistence;

import io.csiloop.measure.PeriodUnit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * How a read of one definition's window splits between its day totals and its points: the whole days of the
 * window before the definition's mark come from the totals; the part of a day at either edge of the window, and
 * every day from the mark on, come from the points. The parts do not overlap, so every point is counted once.
 */
final class TotalledWindow {

    private TotalledWindow() {
    }

    /**
     * Adds the reads of {@code [fromMillis, toMillis)} of the definition to the two lists.
     *
     * @param dayTotalsBefore the definition's mark: the first day (epoch day in {@code zone}) not totalled
     */
    static void split(int definitionId, PeriodUnit unit, long fromMillis, long toMillis, int dayTotalsBefore,
                      ZoneId zone, List<DataPointSql.Range> points, List<DataPointSql.Totalled> totalled) {
        long firstWhole = day(fromMillis, zone);
        if (startOf(firstWhole, zone) < fromMillis) {
            firstWhole++;
        }
        long end = Math.min(day(toMillis, zone), dayTotalsBefore); // the day holding toMillis is partial or after it
        if (fromMillis >= toMillis || firstWhole >= end) {
            points.add(new DataPointSql.Range(definitionId, fromMillis, toMillis));
            return;
        }
        totalled.add(new DataPointSql.Totalled(definitionId, (int) firstWhole, (int) end, unit));
        long totalsFrom = startOf(firstWhole, zone);
        long totalsTo = startOf(end, zone);
        if (fromMillis < totalsFrom) {
            points.add(new DataPointSql.Range(definitionId, fromMillis, totalsFrom));
        }
        if (totalsTo < toMillis) {
            points.add(new DataPointSql.Range(definitionId, totalsTo, toMillis));
        }
    }

    /** The epoch day of an instant, held within the days an int can name (reads may be unbounded on either side). */
    private static long day(long millis, ZoneId zone) {
        long day = LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone).toEpochDay();
        return Math.max(Integer.MIN_VALUE + 1L, Math.min(Integer.MAX_VALUE - 1L, day));
    }

    private static long startOf(long epochDay, ZoneId zone) {
        return LocalDate.ofEpochDay(epochDay).atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
