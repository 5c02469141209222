package io.csiloop.rest;

import io.csiloop.kernel.RecordChecks;
import io.csiloop.measure.ObservedAt;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Reads query parameters, which arrive as text, adding every error to the one collector ({@link RecordChecks})
 * instead of stopping at the first: resources declare their parameters as {@code String} so that a bad one is a 400
 * naming it (JAX-RS itself would answer a 404 for an unparsable query parameter). Call {@link #check()} once all
 * are read.
 */
public final class Params {

    private final RecordChecks checks = new RecordChecks();

    /** An instant in ISO-8601 ({@code 2026-03-01T09:30:00Z} or with an offset); {@code fallback} when absent. */
    public Instant instant(String name, String text, Instant fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        Instant parsed = ObservedAt.parse(text.strip());
        if (parsed == null) {
            checks.add(name, Keys.INSTANT);
            return fallback;
        }
        return parsed;
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when absent. */
    public int integer(String name, String text, int min, int max, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        checks.add(name, Keys.OUT_OF_RANGE, min, max);
        return fallback;
    }

    /** {@code true} or {@code false} (any case); false when absent. */
    public boolean bool(String name, String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (text.strip().equalsIgnoreCase("true")) {
            return true;
        }
        checks.add(name, Keys.EXPECTED_BOOLEAN);
        return false;
    }

    /** A number strictly between 0 and 1 (a significance level); {@code fallback} when absent. */
    public double fraction(String name, String text, double fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (value > 0 && value < 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        checks.add(name, Keys.STRICTLY_BETWEEN, 0, 1); // "from 0 to 1" would promise both ends
        return fallback;
    }

    /** A time zone id; {@code fallback} when absent. */
    public ZoneId zone(String name, String text, ZoneId fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            checks.add(name, Keys.ZONE);
            return fallback;
        }
    }

    /** Refuses a range whose start lies after its end (an empty range, start equal to end, is fine). */
    public void ordered(String startName, Instant start, String endName, Instant end) {
        if (start.isAfter(end)) {
            checks.add(startName, Keys.RANGE_INVERTED, start.toString(), end.toString());
        }
    }

    /** Refuses a range longer than {@code max} (reads hold their range in memory). */
    public void within(String startName, Instant start, Instant end, java.time.Duration max) {
        if (!start.isAfter(end) && java.time.Duration.between(start, end).compareTo(max) > 0) {
            checks.add(startName, Keys.RANGE_TOO_LONG, max.toDays());
        }
    }

    /** Adds a problem of one parameter found by the caller. */
    public void add(Problem problem) {
        checks.add(Objects.requireNonNull(problem.field(), "a parameter's problem names it"), problem.messageKey(),
                problem.params().toArray());
    }

    /** Throws a 400 listing every problem found so far, if any. */
    public void check() {
        checks.orThrow(ApiProblem::invalidFields);
    }
}
