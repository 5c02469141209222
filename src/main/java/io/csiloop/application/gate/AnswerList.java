package io.csiloop.application.gate;

import io.csiloop.process.AnswerState;
import io.csiloop.process.ChecklistEntry;
import io.csiloop.process.EvidenceAnswer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answers of one gate as the store takes them, built from the typed evidence of the process model. An empty
 * part is written as {@link AnswerState#OPEN}, so that a cleared answer replaces the old one.
 */
final class AnswerList {

    private final List<EvidenceAnswer> answers = new ArrayList<>();

    /** A text, or a note that answers its item (a Four Dimensions note) once written. */
    AnswerList text(ChecklistEntry entry, String text) {
        return text.isBlank() ? answer(entry, AnswerState.OPEN, null) : answer(entry, answered(entry), text);
    }

    AnswerList lines(ChecklistEntry entry, List<String> lines) {
        return text(entry, String.join("\n", lines.stream().filter(line -> !line.isBlank()).map(String::strip).toList()));
    }

    /** A day item, written {@code yyyy-MM-dd}; open when there is none. */
    AnswerList day(ChecklistEntry entry, Optional<LocalDate> day) {
        return text(entry, day.map(LocalDate::toString).orElse(""));
    }

    AnswerList flag(ChecklistEntry entry, boolean done) {
        return answer(entry, done ? answered(entry) : AnswerState.OPEN, null);
    }

    AnswerList answer(ChecklistEntry entry, AnswerState state, String text) {
        answers.add(entry.answer(state, text));
        return this;
    }

    List<EvidenceAnswer> list() {
        return List.copyOf(answers);
    }

    private static AnswerState answered(ChecklistEntry entry) {
        return entry.kind().answered().get(0);
    }
}
