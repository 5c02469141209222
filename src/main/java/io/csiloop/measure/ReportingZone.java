package io.csiloop.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The time zone in which the store computes each data point's {@code OBSERVED_DAY}, so that the database can
 * group a day's points. Choose it once (Jira's default user time zone) and keep it: days stored in one zone
 * do not regroup into another; aggregates asked for in another zone are computed by streaming instead.
 *
 * @param zone never null
 */
public record ReportingZone(ZoneId zone) {

    public ReportingZone {
        Objects.requireNonNull(zone, "zone");
    }

    /** The epoch day of the instant in this zone. */
    public int dayOf(Instant instant) {
        return Math.toIntExact(LocalDate.ofInstant(instant, zone).toEpochDay());
    }

    /** Whether days of this zone are days of the other one too (same offsets at every instant). */
    public boolean sameDaysAs(ZoneId other) {
        return zone.getRules().equals(other.getRules());
    }
}
