package io.csiloop.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ObservedAtTest {

    @Test
    void shouldReadAnInstantOrAnOffsetDateTime() {
        assertEquals(Instant.parse("2026-03-01T09:30:00Z"), ObservedAt.parse("2026-03-01T09:30:00Z"));
        assertEquals(Instant.parse("2026-03-01T09:30:00Z"), ObservedAt.parse("2026-03-01T10:30:00+01:00"));
    }

    @Test
    void shouldAcceptOnlyTheYearsStorageHolds() {
        assertEquals(ObservedAt.EARLIEST, ObservedAt.parse("0001-01-01T00:00:00Z"));
        assertEquals(ObservedAt.LATEST, ObservedAt.parse("9999-12-31T23:59:59.999Z"));
        assertNull(ObservedAt.parse("0000-12-31T23:59:59Z"));
        assertNull(ObservedAt.parse("+10000-01-01T00:00:00Z"));
    }

    @Test
    void shouldNameNothingForOtherText() {
        assertNull(ObservedAt.parse("yesterday"));
        assertNull(ObservedAt.parse("2026-03-01"));
        assertNull(ObservedAt.parse("2026-03-01T09:30:00"));
    }
}
