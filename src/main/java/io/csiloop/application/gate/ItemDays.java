package io.csiloop.application.gate;

import io.csiloop.kernel.RecordChecks;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The day an evidence item of kind {@link io.csiloop.process.ItemKind#DATE} holds: written {@code yyyy-MM-dd}, read
 * in the reporting zone, never in the future (a go-live is recorded once it has happened).
 */
final class ItemDays {

    /** The answer's text is no day {@code yyyy-MM-dd} ({0} the text). */
    static final String NOT_A_DAY = "csiloop.checklist.error.notADay";
    /** The answer's day is after today in the reporting zone ({0} the day). */
    static final String FUTURE = "csiloop.checklist.error.future";

    private ItemDays() {
    }

    /** The day the text holds, strictly {@code yyyy-MM-dd}; empty for anything else. */
    static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    /** Refuses, on {@code text}, a written answer that is no day or a day after {@code today}. */
    static void check(String text, LocalDate today, RecordChecks checks) {
        if (text == null || text.isBlank()) {
            return; // the state check and the store's own checks say what an empty answer lacks
        }
        Optional<LocalDate> day = parse(text);
        if (day.isEmpty()) {
            checks.add("text", NOT_A_DAY, text);
        } else if (day.get().isAfter(today)) {
            checks.add("text", FUTURE, day.get().toString());
        }
    }
}
