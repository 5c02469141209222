package io.csiloop.application.pack;

import io.csiloop.application.gate.EvidenceCatalog;
import io.csiloop.application.gate.LifecycleChoices;
import io.csiloop.kernel.MessageSource;
import io.csiloop.lifecycle.ChecklistItem;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.pack.PhaseExit;
import io.csiloop.process.ChecklistEntry;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.ItemKind;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A gate's recorded answers as the phase-exit report reads them: each item named by its label (a guiding principle by
 * its name, not {@code principle.focus-on-value}), each state in words ({@code NOT_APPLICABLE} is "Not applicable"),
 * chosen options by their names; and the gate's decision with its approver and conditions.
 */
final class PhaseExitLines {

    private final MessageSource messages;
    private final UnaryOperator<String> people;

    /** @param people a user's name for their key */
    PhaseExitLines(MessageSource messages, UnaryOperator<String> people) {
        this.messages = messages;
        this.people = people;
    }

    /** The answers but the decision, labelled, in the gate's checklist order. */
    List<PhaseExit.Line> lines(LifecycleGate gate, List<EvidenceItem> items) {
        ChecklistEntry decision = EvidenceCatalog.decision(gate);
        return EvidenceCatalog.checklist(gate).stream().filter(entry -> !entry.equals(decision))
                .flatMap(entry -> items.stream().filter(item -> entry.answers(item.answer())).findFirst()
                        .map(item -> line(entry, item)).stream())
                .toList();
    }

    /** The decision among the answers, in words, by its approver (who recorded it); empty while none is recorded. */
    Optional<PhaseExit.Decision> decision(LifecycleGate gate, List<EvidenceItem> items) {
        ChecklistEntry entry = EvidenceCatalog.decision(gate);
        return items.stream().filter(item -> entry.answers(item.answer()))
                .filter(item -> entry.kind().answered().stream().anyMatch(item.answer()::is)).findFirst()
                .map(item -> new PhaseExit.Decision(state(item.answer().state()), people.apply(item.answeredBy()), item.answeredAt(),
                        item.answer().text() == null ? "" : item.answer().text()));
    }

    private PhaseExit.Line line(ChecklistEntry entry, EvidenceItem item) {
        String text = item.answer().text();
        if (entry.kind() == ItemKind.CHOICES && text != null) {
            List<? extends ChecklistItem> options = LifecycleChoices.options(entry);
            text = text.lines().map(String::strip).map(key -> options.stream().filter(o -> o.key().equals(key))
                    .findFirst().map(o -> text(o.nameKey())).orElse(key)).collect(Collectors.joining(", "));
        }
        return new PhaseExit.Line(text(entry.labelKey()), state(item.answer().state()), text, people.apply(item.answeredBy()),
                item.answeredAt());
    }

    private String state(String state) {
        return text("csiloop.pack.phaseExit.state." + state);
    }

    private String text(String key) {
        return messages.text(key, List.of());
    }
}
