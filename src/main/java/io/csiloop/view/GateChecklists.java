package io.csiloop.view;

import io.csiloop.application.gate.AnsweredItem;
import io.csiloop.application.gate.LifecycleChoices;
import io.csiloop.process.AnswerState;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.ItemKind;

import io.csiloop.application.gate.GateReviews;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.kernel.MessageSource;
import io.csiloop.measure.ReportingZone;
import io.csiloop.process.Gate;
import io.csiloop.process.WorkflowModel;
import io.csiloop.process.WorkflowStatus;
import io.csiloop.process.WorkflowTransition;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checklist of the gate that guards the way forward from an issue's status: the first gated transition out of
 * it in model order (a project in Monitor &amp; Control meets "Ready for closing" on its way to Closing). Its items
 * come with their stored answers, and the gate's verdict, in words, from the gate layer.
 */
public final class GateChecklists {

    private final GateReviews reviews;
    private final MessageSource messages;
    private final ReportingZone zone;

    public GateChecklists(GateReviews reviews, MessageSource messages, ReportingZone zone) {
        this.reviews = reviews;
        this.messages = messages;
        this.zone = zone;
    }

    /** The checklist ahead of the issue in the status; empty when nothing gated leaves the status. */
    public Optional<GateChecklist> ahead(long issueId, WorkflowModel model, WorkflowStatus status) {
        return ahead(issueId, model, status, PackLinks.NONE);
    }

    /** As {@link #ahead(long, WorkflowModel, WorkflowStatus)}, step 6's gate holding the cycle's packs as links. */
    public Optional<GateChecklist> ahead(long issueId, WorkflowModel model, WorkflowStatus status, PackLinks packs) {
        return model.transitionsFrom(status).stream().filter(t -> t.route().gate().isPresent()).findFirst()
                .map(t -> checklist(issueId, t, packs));
    }

    /**
     * The checklists of the gates the issue has passed (in the current cycle, for an improvement), in model order,
     * each locked since its passage and with the history of its answers.
     */
    public List<GateChecklist> passed(long issueId, WorkflowModel model) {
        return passed(issueId, model, PackLinks.NONE);
    }

    /**
     * As {@link #passed(long, WorkflowModel)}, an improvement's stakeholder packs shown as links: step 6's gate
     * holding the cycle's packs, and every version of its evidence that records a pack naming it.
     */
    public List<GateChecklist> passed(long issueId, WorkflowModel model, PackLinks packs) {
        Map<String, GateChecklist> passed = new LinkedHashMap<>();
        Map<String, Instant> passages = reviews.passages(issueId, model.transitions().stream()
                .flatMap(t -> t.route().gate().stream()).toList());
        for (WorkflowTransition transition : model.transitions()) {
            transition.route().gate().filter(gate -> !passed.containsKey(gate.id()))
                    .ifPresent(gate -> Optional.ofNullable(passages.get(gate.id())).ifPresent(at -> passed.put(gate.id(),
                            locked(issueId, gate, checklist(issueId, transition, packs), at, packs))));
        }
        return List.copyOf(passed.values());
    }

    /** The checklist locked since the passage, its history's items named by their labels (the app's items too). */
    private GateChecklist locked(long issueId, Gate<?> model, GateChecklist gate, Instant passedAt, PackLinks packs) {
        Map<String, String> labels = gate.items().stream()
                .collect(Collectors.toMap(ChecklistItem::itemKey, ChecklistItem::label, (a, b) -> a, HashMap::new));
        reviews.appWritten(issueId, model).forEach(entry -> labels.put(entry.key(), text(entry.labelKey())));
        reviews.earlierCycles(issueId, model).forEach((cycle, entries) -> entries.forEach(entry -> labels.putIfAbsent(
                entry.key(), messages.text("csiloop.ui.evidence.history.ofCycle", List.of(text(entry.labelKey()), cycle)))));
        List<EvidenceVersion> history = reviews.history(issueId, gate.gateId()).stream()
                .map(change -> EvidenceVersion.of(change, labels.getOrDefault(change.itemKey(), change.itemKey()),
                        zone.zone(), packs))
                .toList();
        return new GateChecklist(gate.gateId(), gate.name(), gate.transition(), gate.items(), gate.missing(),
                DateTimeFormatter.ISO_LOCAL_DATE.format(passedAt.atZone(zone.zone())), history, gate.packs());
    }

    private GateChecklist checklist(long issueId, WorkflowTransition transition, PackLinks packs) {
        Gate<?> gate = transition.route().gate().orElseThrow();
        Map<String, EvidenceItem> stored = reviews.answers(issueId, gate.id()).stream()
                .collect(Collectors.toMap(i -> i.answer().itemKey(), i -> i, (a, b) -> b));
        List<ChecklistItem> items = reviews.checklist(issueId, gate).stream().map(item -> new ChecklistItem(
                item.entry().key(), item.entry().kind(), text(item.entry().labelKey()),
                item.entry().hintKey().isEmpty() ? "" : text(item.entry().hintKey()), item.state(),
                item.text(), item.carriedFrom(), item.carriedText(), choices(item),
                decidedBy(item, stored.get(item.entry().key())))).toList();
        List<String> missing = reviews.evaluate(issueId, gate.id()).missing().stream()
                .map(m -> m.describe(messages)).toList();
        return new GateChecklist(gate.id(), text(gate.nameKey()), text(transition.nameKey()), items, missing, "",
                List.of(), gate == ImprovementGate.PRESENT_KNOWLEDGE_EXIT ? packs.ofCycle() : List.of());
    }

    /** A choice item's options in the model's order, labelled by their names, ticked when chosen. */
    private List<Choice> choices(AnsweredItem item) {
        List<String> chosen = item.text().lines().map(String::strip).toList();
        return LifecycleChoices.options(item.entry()).stream()
                .map(option -> new Choice(option.key(), text(option.nameKey()), chosen.contains(option.key()))).toList();
    }

    /** Who recorded a gate decision, and when, as the store noted it: the approver is never what a client said. */
    private String decidedBy(AnsweredItem item, EvidenceItem stored) {
        if (item.entry().kind() != ItemKind.DECISION || item.state() == AnswerState.OPEN || stored == null) {
            return "";
        }
        return messages.text("csiloop.ui.evidence.decision.approver", List.of(stored.answeredBy(),
                DateTimeFormatter.ISO_LOCAL_DATE.format(stored.answeredAt().atZone(zone.zone()))));
    }

    private String text(String key) {
        return messages.text(key, List.of());
    }
}
