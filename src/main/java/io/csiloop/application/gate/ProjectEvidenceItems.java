package io.csiloop.application.gate;

import io.csiloop.lifecycle.Charter;
import io.csiloop.lifecycle.ChecklistItem;
import io.csiloop.lifecycle.FourDimension;
import io.csiloop.lifecycle.FourDimensionsCoverage;
import io.csiloop.lifecycle.GateDecision;
import io.csiloop.lifecycle.GuidingPrinciple;
import io.csiloop.lifecycle.GuidingPrinciplesChecklist;
import io.csiloop.lifecycle.HandoverChecklist;
import io.csiloop.lifecycle.HandoverItem;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.lifecycle.ManagementPractice;
import io.csiloop.lifecycle.PracticesUsed;
import io.csiloop.lifecycle.PrincipleAnswer;
import io.csiloop.lifecycle.ProgressReport;
import io.csiloop.lifecycle.ProjectEvidence;
import io.csiloop.lifecycle.ScopeAndRequirements;
import io.csiloop.lifecycle.ValueChainActivity;
import io.csiloop.process.AnswerState;
import io.csiloop.process.ChecklistEntry;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.ItemKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Lifecycle Project's gate evidence items: the checklist of each lifecycle gate (the one place that names the
 * items) and the typed evidence mapped to and from them. Each part is stored under the gate that checks it, one
 * item per answer ({@code charter.purpose}, {@code principle.focus-on-value}, {@code handover.routine-operations},
 * ...). Lists are stored one entry a line; choices among a fixed list ({@link LifecycleChoices}) as their keys, one a
 * line. Every gate ends with its decision ({@code gate-decision}), whose approver is who the store records answering it.
 */
public final class ProjectEvidenceItems {

    static final ChecklistEntry PURPOSE = EvidenceCatalog.labelled("", "charter.purpose", ItemKind.TEXT);
    static final ChecklistEntry OBJECTIVES = EvidenceCatalog.labelled("", "charter.objectives", ItemKind.LINES);
    static final ChecklistEntry RISKS_REVIEWED = EvidenceCatalog.labelled("", "charter.risks-reviewed", ItemKind.FLAG);
    static final ChecklistEntry SCOPE = EvidenceCatalog.labelled("", "scope", ItemKind.TEXT);
    static final ChecklistEntry REQUIREMENTS = EvidenceCatalog.labelled("", "requirements", ItemKind.LINES);
    static final ChecklistEntry RISKS = EvidenceCatalog.labelled("", "charter.risks", ItemKind.LINES);
    static final ChecklistEntry PROGRESS_REPORT = EvidenceCatalog.labelled("", "progress-report", ItemKind.TEXT);
    static final ChecklistEntry CHANGES = EvidenceCatalog.labelled("", "progress.changes", ItemKind.TEXT);
    static final ChecklistEntry TRANSITION = EvidenceCatalog.labelled("", "progress.transition", ItemKind.TEXT);
    static final ChecklistEntry VALUE_CHAIN = EvidenceCatalog.labelled("", "charter.value-chain", ItemKind.CHOICES);
    static final ChecklistEntry CHARTER_DIMENSIONS = EvidenceCatalog.labelled("", "charter.dimensions", ItemKind.CHOICES);
    /** The practices used while Executing, one choice item a family ({@code practices.general}, ...), in family order. */
    static final Map<ManagementPractice.Family, ChecklistEntry> PRACTICES = practices();
    /** The approver's decision at a gate: go, go with conditions, stop. */
    static final ChecklistEntry DECISION = EvidenceCatalog.labelled("", "gate-decision", ItemKind.DECISION);
    /** The passage of a lifecycle gate: a project passes each gate once. */
    static final ChecklistEntry PASSAGE = EvidenceCatalog.passage("");

    private ProjectEvidenceItems() {
    }

    /** The items a person answers for the gate, in the order the panel shows them. */
    static List<ChecklistEntry> checklist(LifecycleGate gate) {
        List<ChecklistEntry> items = new ArrayList<>(evidence(gate));
        items.add(DECISION);
        return List.copyOf(items);
    }

    /** The gate's own evidence items, before its decision. */
    private static List<ChecklistEntry> evidence(LifecycleGate gate) {
        return switch (gate) {
            case INITIATION_EXIT -> List.of(PURPOSE, OBJECTIVES, RISKS, RISKS_REVIEWED, LifecycleChoices.VALUE_CHAIN,
                    LifecycleChoices.CHARTER_DIMENSIONS);
            case PLANNING_EXIT -> {
                List<ChecklistEntry> items = new ArrayList<>(List.of(SCOPE, REQUIREMENTS));
                Stream.of(GuidingPrinciple.values()).map(ProjectEvidenceItems::principle).forEach(items::add);
                Stream.of(FourDimension.values()).map(ProjectEvidenceItems::dimension).forEach(items::add);
                yield List.copyOf(items);
            }
            case EXECUTING_EXIT -> {
                List<ChecklistEntry> items = new ArrayList<>(LifecycleChoices.PRACTICES.values());
                Stream.of(FourDimension.values()).map(ProjectEvidenceItems::dimension).forEach(items::add);
                yield List.copyOf(items);
            }
            case MONITOR_AND_CONTROL_EXIT -> List.of(PROGRESS_REPORT, CHANGES, TRANSITION);
            case CLOSING_EXIT -> Stream.of(HandoverItem.values()).map(ProjectEvidenceItems::handover).toList();
        };
    }

    private static Map<ManagementPractice.Family, ChecklistEntry> practices() {
        Map<ManagementPractice.Family, ChecklistEntry> items = new EnumMap<>(ManagementPractice.Family.class);
        for (ManagementPractice.Family family : ManagementPractice.Family.values()) {
            items.put(family, EvidenceCatalog.labelled("", "practices." + family.key(), ItemKind.CHOICES));
        }
        return java.util.Collections.unmodifiableMap(items);
    }

    static ChecklistEntry principle(GuidingPrinciple principle) {
        return modelItem("principle.", principle, ItemKind.PRINCIPLE);
    }

    static ChecklistEntry dimension(FourDimension dimension) {
        return modelItem("dimension.", dimension, ItemKind.DIMENSION);
    }

    static ChecklistEntry handover(HandoverItem item) {
        return modelItem("handover.", item, ItemKind.FLAG);
    }

    /** An item labelled by the process model's own checklist names and hints. */
    private static ChecklistEntry modelItem(String family, ChecklistItem item, ItemKind kind) {
        return new ChecklistEntry(family + item.key(), kind, item.nameKey(), item.hintKey());
    }

    /** The evidence held in an issue's items (by gate id); unanswered items read as empty parts. */
    public static ProjectEvidence read(Map<String, List<EvidenceItem>> byGate) {
        GateAnswers initiation = GateAnswers.of(byGate, LifecycleGate.INITIATION_EXIT);
        GateAnswers planning = GateAnswers.of(byGate, LifecycleGate.PLANNING_EXIT);
        Map<GuidingPrinciple, PrincipleAnswer> principles = new EnumMap<>(GuidingPrinciple.class);
        for (GuidingPrinciple principle : GuidingPrinciple.values()) {
            planning.answer(principle(principle)).ifPresent(answer -> principles.put(principle,
                    answer.is(AnswerState.NOT_APPLICABLE) ? new PrincipleAnswer.NotApplicable(nonNull(answer.text()))
                            : new PrincipleAnswer.Applied(nonNull(answer.text()))));
        }
        Map<FourDimension, String> dimensions = new EnumMap<>(FourDimension.class);
        for (FourDimension dimension : FourDimension.values()) {
            dimensions.put(dimension, planning.text(dimension(dimension)));
        }
        GateAnswers closing = GateAnswers.of(byGate, LifecycleGate.CLOSING_EXIT);
        EnumSet<HandoverItem> handedOver = EnumSet.noneOf(HandoverItem.class);
        for (HandoverItem item : HandoverItem.values()) {
            if (closing.done(handover(item))) {
                handedOver.add(item);
            }
        }
        GateAnswers executing = GateAnswers.of(byGate, LifecycleGate.EXECUTING_EXIT);
        Map<FourDimension, String> across = new EnumMap<>(FourDimension.class);
        for (FourDimension dimension : FourDimension.values()) {
            across.put(dimension, executing.text(dimension(dimension)));
        }
        EnumSet<ManagementPractice> practices = EnumSet.noneOf(ManagementPractice.class);
        LifecycleChoices.PRACTICES.values().forEach(entry ->
                practices.addAll(LifecycleChoices.chosen(executing.lines(entry), ManagementPractice.class)));
        GateAnswers progress = GateAnswers.of(byGate, LifecycleGate.MONITOR_AND_CONTROL_EXIT);
        Map<LifecycleGate, GateDecision> decisions = new EnumMap<>(LifecycleGate.class);
        for (LifecycleGate gate : LifecycleGate.values()) {
            GateAnswers.of(byGate, gate).answer(DECISION).flatMap(ProjectEvidenceItems::decision)
                    .ifPresent(decision -> decisions.put(gate, decision));
        }
        return new ProjectEvidence(
                new Charter(initiation.text(PURPOSE), initiation.lines(OBJECTIVES), initiation.done(RISKS_REVIEWED),
                        initiation.lines(RISKS),
                        LifecycleChoices.chosen(initiation.lines(LifecycleChoices.VALUE_CHAIN), ValueChainActivity.class),
                        LifecycleChoices.chosen(initiation.lines(LifecycleChoices.CHARTER_DIMENSIONS), FourDimension.class)),
                new ScopeAndRequirements(planning.text(SCOPE), planning.lines(REQUIREMENTS)),
                new GuidingPrinciplesChecklist(principles), new FourDimensionsCoverage(dimensions),
                new ProgressReport(progress.text(PROGRESS_REPORT), progress.text(CHANGES), progress.text(TRANSITION)),
                new HandoverChecklist(handedOver), new PracticesUsed(practices, across), decisions);
    }

    /** The decision a stored answer records; empty for a state that is no decision. */
    static java.util.Optional<GateDecision> decision(EvidenceAnswer answer) {
        return java.util.stream.Stream.of(GateDecision.Outcome.values()).filter(o -> answer.state().equals(o.name()))
                .findFirst().map(outcome -> new GateDecision(outcome, nonNull(answer.text())));
    }

    /** The items that hold the evidence, by gate id; every item of every gate, so a cleared answer is stored too. */
    public static Map<String, List<EvidenceAnswer>> answers(ProjectEvidence evidence) {
        Charter charter = evidence.charter();
        AnswerList planning = new AnswerList().text(SCOPE, evidence.scope().scope())
                .lines(REQUIREMENTS, evidence.scope().requirements());
        for (GuidingPrinciple principle : GuidingPrinciple.values()) {
            PrincipleAnswer answer = evidence.principles().answers().get(principle);
            if (answer instanceof PrincipleAnswer.Applied applied) {
                planning.answer(principle(principle), AnswerState.APPLIED, blankToNull(applied.note()));
            } else if (answer instanceof PrincipleAnswer.NotApplicable notApplicable) {
                planning.answer(principle(principle), AnswerState.NOT_APPLICABLE, blankToNull(notApplicable.reason()));
            } else {
                planning.answer(principle(principle), AnswerState.OPEN, null);
            }
        }
        for (FourDimension dimension : FourDimension.values()) {
            planning.text(dimension(dimension), evidence.dimensions().considerations().getOrDefault(dimension, ""));
        }
        AnswerList closing = new AnswerList();
        for (HandoverItem item : HandoverItem.values()) {
            closing.flag(handover(item), evidence.handover().done().contains(item));
        }
        AnswerList executing = new AnswerList();
        LifecycleChoices.PRACTICES.forEach((family, entry) -> executing.lines(entry, LifecycleChoices.keys(
                evidence.practices().practices().stream().filter(p -> p.family() == family).toList())));
        for (FourDimension dimension : FourDimension.values()) {
            executing.text(dimension(dimension), evidence.practices().acrossDimensions().getOrDefault(dimension, ""));
        }
        ProgressReport progress = evidence.progress();
        Map<String, AnswerList> byGate = new HashMap<>(Map.of(
                LifecycleGate.INITIATION_EXIT.id(), new AnswerList().text(PURPOSE, charter.purpose())
                        .lines(OBJECTIVES, charter.objectives()).lines(RISKS, charter.risks())
                        .flag(RISKS_REVIEWED, charter.risksReviewed())
                        .lines(LifecycleChoices.VALUE_CHAIN, LifecycleChoices.keys(charter.valueChain()))
                        .lines(LifecycleChoices.CHARTER_DIMENSIONS, LifecycleChoices.keys(charter.dimensions())),
                LifecycleGate.PLANNING_EXIT.id(), planning,
                LifecycleGate.EXECUTING_EXIT.id(), executing,
                LifecycleGate.MONITOR_AND_CONTROL_EXIT.id(), new AnswerList().text(PROGRESS_REPORT, progress.summary())
                        .text(CHANGES, progress.changes()).text(TRANSITION, progress.transition()),
                LifecycleGate.CLOSING_EXIT.id(), closing));
        Map<String, List<EvidenceAnswer>> answers = new HashMap<>();
        for (LifecycleGate gate : LifecycleGate.values()) {
            AnswerList list = byGate.get(gate.id());
            evidence.decision(gate).ifPresentOrElse(
                    d -> list.answer(DECISION, AnswerState.valueOf(d.outcome().name()), blankToNull(d.conditions())),
                    () -> list.answer(DECISION, AnswerState.OPEN, null));
            answers.put(gate.id(), list.list());
        }
        return Map.copyOf(answers);
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }

    static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
