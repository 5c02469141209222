package io.csiloop.application.gate;

import io.csiloop.process.AnswerState;
import io.csiloop.process.ChecklistEntry;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.Gate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stored answers of one gate, read by checklist entry. Items never answered read as empty text, an unticked
 * box or no answer, exactly as an empty part of the process model's evidence.
 */
final class GateAnswers {

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

    /** The item's answer unless it is open (or was never given). */
    Optional<EvidenceAnswer> answer(ChecklistEntry entry) {
        return Optional.ofNullable(byKey.get(entry.key())).filter(answer -> !answer.is(AnswerState.OPEN));
    }

    String text(ChecklistEntry entry) {
        return answer(entry).map(EvidenceAnswer::text).orElse("");
    }

    /** A text item holding one entry a line (objectives, requirements, actions). */
    List<String> lines(ChecklistEntry entry) {
        String text = text(entry);
        return text.isBlank() ? List.of() : Arrays.stream(text.split("\n")).map(String::strip).toList();
    }

    /**
     * A day item ({@code yyyy-MM-dd}); empty when unanswered. The request that answers it refuses anything else,
     * so a text that is no day can only be a record written before the check, and reads as unanswered.
     */
    Optional<LocalDate> day(ChecklistEntry entry) {
        return answer(entry).map(EvidenceAnswer::text).flatMap(ItemDays::parse);
    }

    /** Whether the item is in the state that says it is answered: a ticked box, a produced pack. */
    boolean done(ChecklistEntry entry) {
        return answer(entry).map(answer -> answer.is(entry.kind().answered().get(0))).orElse(false);
    }
}
