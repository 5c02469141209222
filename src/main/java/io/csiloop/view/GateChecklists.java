package io.csiloop.view;

import io.csiloop.application.gate.GateReviews;
import io.csiloop.application.gate.ImprovementCycles;
import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.kernel.MessageSource;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.Gate;
import io.csiloop.process.GateEvidence;
import io.csiloop.process.WorkflowModel;
import io.csiloop.process.WorkflowStatus;
import io.csiloop.process.WorkflowTransition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checklist of the gate that guards the way forward from an issue's status: the first gated transition out of
 * it in model order (a project in Monitor &amp; Control meets "Ready for closing" on its way to Closing). Its items
 * come with their stored answers, and the gate's verdict from the review layer, in words.
 */
public final class GateChecklists {

    private final GateReviews reviews;
    private final GateEvidence evidence;
    private final ImprovementCycles cycles;
    private final MessageSource messages;

    public GateChecklists(GateReviews reviews, GateEvidence evidence, ImprovementCycles cycles, MessageSource messages) {
        this.reviews = reviews;
        this.evidence = evidence;
        this.cycles = cycles;
        this.messages = messages;
    }

    /** The checklist ahead of the issue in the status; empty when nothing gated leaves the status. */
    public Optional<GateChecklist> ahead(long issueId, WorkflowModel model, WorkflowStatus status) {
        return model.transitionsFrom(status).stream().filter(t -> t.route().gate().isPresent()).findFirst()
                .map(t -> checklist(issueId, t));
    }

    private GateChecklist checklist(long issueId, WorkflowTransition transition) {
        Gate<?> gate = transition.route().gate().orElseThrow();
        ImprovementCycle cycle = cycles.current(issueId);
        Map<String, EvidenceItem> stored = evidence.of(issueId, gate.id()).stream()
                .collect(Collectors.toMap(i -> i.answer().itemKey(), Function.identity(), (a, b) -> b));
        List<ChecklistItem> items = ChecklistCatalog.of(gate, cycle).stream().map(entry -> {
            Optional<EvidenceItem> answer = Optional.ofNullable(stored.get(entry.itemKey()));
            return new ChecklistItem(entry.itemKey(), entry.kind(), text(entry.labelKey()),
                    entry.hintKey().isEmpty() ? "" : text(entry.hintKey()),
                    answer.map(a -> a.answer().state()).orElse("OPEN"),
                    answer.map(a -> a.answer().text()).filter(t -> t != null).orElse(""));
        }).toList();
        List<String> missing = reviews.evaluate(issueId, gate.id()).missing().stream()
                .map(m -> m.describe(messages)).toList();
        return new GateChecklist(gate.id(), text(gate.nameKey()), text(transition.nameKey()), items, missing);
    }

    private String text(String key) {
        return messages.text(key, List.of());
    }
}
