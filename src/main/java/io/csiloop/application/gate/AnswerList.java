package io.csiloop.application.gate;

import io.csiloop.process.EvidenceAnswer;

import java.util.ArrayList;
import java.util.List;

/** The answers of one gate as the store takes them, built from the typed evidence of the process model. */
final class AnswerList {

    private final List<EvidenceAnswer> answers = new ArrayList<>();

    AnswerList text(String itemKey, String text) {
        return answer(itemKey, text.isBlank() ? GateAnswers.OPEN : GateAnswers.WRITTEN, text.isBlank() ? null : text);
    }

    AnswerList lines(String itemKey, List<String> lines) {
        return text(itemKey, String.join("\n", lines.stream().filter(line -> !line.isBlank()).map(String::strip).toList()));
    }

    AnswerList flag(String itemKey, boolean done) {
        return answer(itemKey, done ? GateAnswers.DONE : GateAnswers.OPEN, null);
    }

    AnswerList answer(String itemKey, String state, String text) {
        answers.add(new EvidenceAnswer(itemKey, state, text));
        return this;
    }

    List<EvidenceAnswer> list() {
        return List.copyOf(answers);
    }
}
