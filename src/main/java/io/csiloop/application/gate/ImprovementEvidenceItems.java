package io.csiloop.application.gate;

import io.csiloop.improvement.Findings;
import io.csiloop.improvement.GapAnalysis;
import io.csiloop.improvement.ImplementationActions;
import io.csiloop.improvement.ImprovementApproach;
import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementEvidence;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.improvement.StakeholderDecision;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceItem;

import java.util.List;
import java.util.Map;

/**
 * An Improvement's typed evidence mapped to and from the generic gate evidence items. The approach and the
 * gap analysis hold for every cycle; the findings, the decision, the stakeholder pack and the actions belong
 * to one cycle, so their item keys start with {@code cycle-<n>.}: a new cycle starts them afresh while the
 * answers of earlier cycles stay on record.
 */
public final class ImprovementEvidenceItems {

    /** The state of the stakeholder pack item once the pack of a cycle has been produced. */
    static final String PRODUCED = "PRODUCED";

    private ImprovementEvidenceItems() {
    }

    /** The evidence of the cycle held in an issue's items (by gate id). */
    public static ImprovementEvidence read(Map<String, List<EvidenceItem>> byGate, ImprovementCycle cycle) {
        GateAnswers approach = GateAnswers.of(byGate, ImprovementGate.IDENTIFY_APPROACH_EXIT);
        GateAnswers gap = GateAnswers.of(byGate, ImprovementGate.DEFINE_MEASUREMENT_EXIT);
        GateAnswers findings = GateAnswers.of(byGate, ImprovementGate.ANALYSE_DATA_EXIT);
        GateAnswers decision = GateAnswers.of(byGate, ImprovementGate.PRESENT_KNOWLEDGE_EXIT);
        String c = prefix(cycle);
        return new ImprovementEvidence(
                new ImprovementApproach(approach.text("approach.objective-served"),
                        approach.text("approach.where-we-are-now"), approach.text("approach.why-improve")),
                new GapAnalysis(gap.text("gap-analysis.ideal-measure"), gap.text("gap-analysis.measurable-today")),
                new Findings(findings.text(c + "findings"), findings.done(c + "gaps-reviewed"),
                        findings.done(c + "signals-reviewed")),
                new StakeholderDecision(decision.text(c + "decision"), decision.text(c + "decided-by")),
                new ImplementationActions(GateAnswers.of(byGate, ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT).lines(c + "actions")));
    }

    /** The items that hold the evidence of the cycle, by gate id. */
    public static Map<String, List<EvidenceAnswer>> answers(ImprovementEvidence evidence, ImprovementCycle cycle) {
        String c = prefix(cycle);
        return Map.of(
                ImprovementGate.IDENTIFY_APPROACH_EXIT.id(), new AnswerList()
                        .text("approach.objective-served", evidence.approach().objectiveServed())
                        .text("approach.where-we-are-now", evidence.approach().whereWeAreNow())
                        .text("approach.why-improve", evidence.approach().whyImprove()).list(),
                ImprovementGate.DEFINE_MEASUREMENT_EXIT.id(), new AnswerList()
                        .text("gap-analysis.ideal-measure", evidence.gapAnalysis().idealMeasure())
                        .text("gap-analysis.measurable-today", evidence.gapAnalysis().measurableToday()).list(),
                ImprovementGate.ANALYSE_DATA_EXIT.id(), new AnswerList()
                        .text(c + "findings", evidence.findings().summary())
                        .flag(c + "gaps-reviewed", evidence.findings().gapsReviewed())
                        .flag(c + "signals-reviewed", evidence.findings().signalsReviewed()).list(),
                ImprovementGate.PRESENT_KNOWLEDGE_EXIT.id(), new AnswerList()
                        .text(c + "decision", evidence.decision().decision())
                        .text(c + "decided-by", evidence.decision().decidedBy()).list(),
                ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT.id(), new AnswerList()
                        .lines(c + "actions", evidence.actions().actions()).list());
    }

    /** The item that records the stakeholder pack of the cycle (a later issue stores the packs themselves). */
    static String stakeholderPackItem(ImprovementCycle cycle) {
        return prefix(cycle) + "stakeholder-pack";
    }

    static String prefix(ImprovementCycle cycle) {
        return "cycle-" + cycle.number() + ".";
    }
}
