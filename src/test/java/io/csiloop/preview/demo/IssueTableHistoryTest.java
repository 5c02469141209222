package io.csiloop.preview.demo;

import io.csiloop.port.IssueRef;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The preview's change history, as Jira's: an issue is in its status since its creation until a transition moves
 * it, then since that transition, by the clock; an issue it does not know has none.
 */
class IssueTableHistoryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    private final MovableClock clock = new MovableClock(T0);
    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final IssueTable issues = new IssueTable(() -> DriverManager.getConnection(url), clock);

    @Test
    void shouldDateTheCurrentStatusFromTheLastTransitionElseTheCreation() {
        issues.create(new IssueRef(7, "SVC-7", 10_000, "Act on the survey", "Improvement", "Identify the approach"));
        assertEquals(Optional.of(T0), issues.enteredCurrentStatus(7));

        clock.now = T0.plus(Duration.ofDays(3));
        issues.moveTo(7, "Define the measurement");
        clock.now = T0.plus(Duration.ofDays(9));

        assertEquals(Optional.of(T0.plus(Duration.ofDays(3))), issues.enteredCurrentStatus(7));
        assertEquals(Optional.empty(), issues.enteredCurrentStatus(8));
    }

    @Test
    void shouldBackdateADemoIssue() {
        issues.create(new IssueRef(7, "SVC-7", 10_000, "Act on the survey", "Improvement", "Analyse data"));

        issues.backdate(7, T0.minus(Duration.ofDays(30)), T0.minus(Duration.ofDays(12)));

        assertEquals(Optional.of(T0.minus(Duration.ofDays(12))), issues.enteredCurrentStatus(7));
    }

    /** A clock a test moves. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
