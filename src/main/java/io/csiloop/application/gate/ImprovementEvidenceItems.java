package io.csiloop.application.gate;

import io.csiloop.improvement.Findings;
import io.csiloop.improvement.GapAnalysis;
import io.csiloop.improvement.ImplementationActions;
import io.csiloop.improvement.ImprovementApproach;
import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementEvidence;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.improvement.StakeholderDecision;
import io.csiloop.process.ChecklistEntry;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.ItemKind;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * An Improvement's gate evidence items: the checklist of each improvement gate (the one place that names the
 * items) and the typed evidence mapped to and from them. The approach and the gap analysis hold for every cycle;
 * the findings, the decision, the stakeholder pack, the actions, the go-live and the passages belong to one cycle, so their
 * item keys start with {@code cycle-<n>.}: a new cycle starts them afresh while the answers of earlier cycles stay
 * on record.
 */
public final class ImprovementEvidenceItems {

    static final ChecklistEntry OBJECTIVE_SERVED = EvidenceCatalog.labelled("", "approach.objective-served", ItemKind.TEXT);
    static final ChecklistEntry WHERE_WE_ARE_NOW = EvidenceCatalog.labelled("", "approach.where-we-are-now", ItemKind.TEXT);
    static final ChecklistEntry WHY_IMPROVE = EvidenceCatalog.labelled("", "approach.why-improve", ItemKind.TEXT);
    static final ChecklistEntry IDEAL_MEASURE = EvidenceCatalog.labelled("", "gap-analysis.ideal-measure", ItemKind.TEXT);
    static final ChecklistEntry MEASURABLE_TODAY = EvidenceCatalog.labelled("", "gap-analysis.measurable-today", ItemKind.TEXT);

    /** The items of one cycle. */
    record CycleItems(ChecklistEntry findings, ChecklistEntry gapsReviewed, ChecklistEntry signalsReviewed,
                      ChecklistEntry stakeholderPack, ChecklistEntry decision, ChecklistEntry decidedBy,
                      ChecklistEntry actions, ChecklistEntry goLive, ChecklistEntry passage) {

        static CycleItems of(ImprovementCycle cycle) {
            String c = "cycle-" + cycle.number() + ".";
            return new CycleItems(EvidenceCatalog.labelled(c, "findings", ItemKind.TEXT),
                    EvidenceCatalog.labelled(c, "gaps-reviewed", ItemKind.FLAG),
                    EvidenceCatalog.labelled(c, "signals-reviewed", ItemKind.FLAG),
                    EvidenceCatalog.labelled(c, "stakeholder-pack", ItemKind.PACK),
                    EvidenceCatalog.labelled(c, "decision", ItemKind.TEXT),
                    EvidenceCatalog.labelled(c, "decided-by", ItemKind.TEXT),
                    EvidenceCatalog.labelled(c, "actions", ItemKind.LINES),
                    EvidenceCatalog.labelled(c, "go-live", ItemKind.DATE), EvidenceCatalog.passage(c));
        }
    }

    private ImprovementEvidenceItems() {
    }

    /**
     * The items a person answers for the gate in the cycle, in the order the panel shows them. The stakeholder
     * pack is not among them: it is produced, never answered.
     */
    static List<ChecklistEntry> checklist(ImprovementGate gate, ImprovementCycle cycle) {
        CycleItems c = CycleItems.of(cycle);
        return switch (gate) {
            case IDENTIFY_APPROACH_EXIT -> List.of(OBJECTIVE_SERVED, WHERE_WE_ARE_NOW, WHY_IMPROVE);
            case DEFINE_MEASUREMENT_EXIT -> List.of(IDEAL_MEASURE, MEASURABLE_TODAY);
            case COLLECT_DATA_EXIT, PROCESS_DATA_EXIT -> List.of();
            case ANALYSE_DATA_EXIT -> List.of(c.findings(), c.gapsReviewed(), c.signalsReviewed());
            case PRESENT_KNOWLEDGE_EXIT -> List.of(c.decision(), c.decidedBy());
            case IMPLEMENT_IMPROVEMENTS_EXIT -> List.of(c.actions(), c.goLive());
        };
    }

    /**
     * The item of an earlier cycle whose answer the item of this cycle starts from, if any: step 7's actions of the
     * cycles before, newest first (the next cycle carries the last cycle's actions over, to edit). Only the actions
     * carry over: a go-live is the day of this cycle's change, and the other items judge this cycle's data.
     */
    static List<ChecklistEntry> carriedFrom(ChecklistEntry entry, ImprovementCycle cycle) {
        if (!entry.equals(CycleItems.of(cycle).actions())) {
            return List.of();
        }
        return IntStream.iterate(cycle.number() - 1, n -> n >= 1, n -> n - 1)
                .mapToObj(n -> CycleItems.of(new ImprovementCycle(n)).actions()).toList();
    }

    /** The evidence of the cycle held in an issue's items (by gate id). */
    public static ImprovementEvidence read(Map<String, List<EvidenceItem>> byGate, ImprovementCycle cycle) {
        GateAnswers approach = GateAnswers.of(byGate, ImprovementGate.IDENTIFY_APPROACH_EXIT);
        GateAnswers gap = GateAnswers.of(byGate, ImprovementGate.DEFINE_MEASUREMENT_EXIT);
        GateAnswers findings = GateAnswers.of(byGate, ImprovementGate.ANALYSE_DATA_EXIT);
        GateAnswers decision = GateAnswers.of(byGate, ImprovementGate.PRESENT_KNOWLEDGE_EXIT);
        GateAnswers implementation = GateAnswers.of(byGate, ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT);
        CycleItems c = CycleItems.of(cycle);
        return new ImprovementEvidence(
                new ImprovementApproach(approach.text(OBJECTIVE_SERVED), approach.text(WHERE_WE_ARE_NOW),
                        approach.text(WHY_IMPROVE)),
                new GapAnalysis(gap.text(IDEAL_MEASURE), gap.text(MEASURABLE_TODAY)),
                new Findings(findings.text(c.findings()), findings.done(c.gapsReviewed()),
                        findings.done(c.signalsReviewed())),
                new StakeholderDecision(decision.text(c.decision()), decision.text(c.decidedBy())),
                new ImplementationActions(implementation.lines(c.actions()), implementation.day(c.goLive())));
    }

    /** The items that hold the evidence of the cycle, by gate id. */
    public static Map<String, List<EvidenceAnswer>> answers(ImprovementEvidence evidence, ImprovementCycle cycle) {
        CycleItems c = CycleItems.of(cycle);
        return Map.of(
                ImprovementGate.IDENTIFY_APPROACH_EXIT.id(), new AnswerList()
                        .text(OBJECTIVE_SERVED, evidence.approach().objectiveServed())
                        .text(WHERE_WE_ARE_NOW, evidence.approach().whereWeAreNow())
                        .text(WHY_IMPROVE, evidence.approach().whyImprove()).list(),
                ImprovementGate.DEFINE_MEASUREMENT_EXIT.id(), new AnswerList()
                        .text(IDEAL_MEASURE, evidence.gapAnalysis().idealMeasure())
                        .text(MEASURABLE_TODAY, evidence.gapAnalysis().measurableToday()).list(),
                ImprovementGate.ANALYSE_DATA_EXIT.id(), new AnswerList()
                        .text(c.findings(), evidence.findings().summary())
                        .flag(c.gapsReviewed(), evidence.findings().gapsReviewed())
                        .flag(c.signalsReviewed(), evidence.findings().signalsReviewed()).list(),
                ImprovementGate.PRESENT_KNOWLEDGE_EXIT.id(), new AnswerList()
                        .text(c.decision(), evidence.decision().decision())
                        .text(c.decidedBy(), evidence.decision().decidedBy()).list(),
                ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT.id(), new AnswerList()
                        .lines(c.actions(), evidence.actions().actions())
                        .day(c.goLive(), evidence.actions().goLive()).list());
    }
}
