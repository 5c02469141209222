package io.csiloop.application.gate;

import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.Gate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stored answers of one gate, read by item key. Items never answered read as empty text, an unticked
 * box or no answer, exactly as an empty part of the process model's evidence.
 */
final class GateAnswers {

    /** An item not answered (or answered and withdrawn). */
    static final String OPEN = "OPEN";
    /** A text item with something written in it. */
    static final String WRITTEN = "WRITTEN";
    /** A ticked box. */
    static final String DONE = "DONE";

    private final Map<String, EvidenceAnswer> byKey;

    private GateAnswers(Map<String, EvidenceAnswer> byKey) {
        this.byKey = byKey;
    }

    static GateAnswers of(List<EvidenceItem> items) {
        return new GateAnswers(items.stream().map(EvidenceItem::answer)
                .collect(Collectors.toMap(EvidenceAnswer::itemKey, Function.identity(), (a, b) -> b)));
    }

    /** The answers of the gate among an issue's items by gate id. */
    static GateAnswers of(Map<String, List<EvidenceItem>> byGate, Gate<?> gate) {
        return of(byGate.getOrDefault(gate.id(), List.of()));
    }

    Optional<EvidenceAnswer> answer(String itemKey) {
        return Optional.ofNullable(byKey.get(itemKey)).filter(answer -> !OPEN.equals(answer.state()));
    }

    String text(String itemKey) {
        return answer(itemKey).map(EvidenceAnswer::text).orElse("");
    }

    /** A text item holding one entry a line (objectives, requirements, actions). */
    List<String> lines(String itemKey) {
        String text = text(itemKey);
        return text.isBlank() ? List.of() : Arrays.stream(text.split("\n")).map(String::strip).toList();
    }

    boolean done(String itemKey) {
        return answer(itemKey).map(answer -> DONE.equals(answer.state())).orElse(false);
    }
}
