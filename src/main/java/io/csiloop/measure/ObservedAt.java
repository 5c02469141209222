package io.csiloop.measure;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * When a data point may have been observed, as people and files write it: an ISO-8601 instant
 * ({@code 2026-03-01T09:30:00Z}) or offset date-time ({@code 2026-03-01T10:30:00+01:00}) in the years 1 to 9999,
 * which storage in epoch milliseconds holds. A range over data points is bounded alike.
 */
public final class ObservedAt {

    /** The earliest instant accepted. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The latest instant accepted. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    private ObservedAt() {
    }

    /** The instant the text names, or null when it names none in the years 1 to 9999. */
    public static Instant parse(String text) {
        Instant instant;
        try {
            instant = Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                instant = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
        return instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? null : instant;
    }
}
