package io.csiloop.application.gate;

import io.csiloop.lifecycle.Charter;
import io.csiloop.lifecycle.FourDimension;
import io.csiloop.lifecycle.FourDimensionsCoverage;
import io.csiloop.lifecycle.GuidingPrinciple;
import io.csiloop.lifecycle.GuidingPrinciplesChecklist;
import io.csiloop.lifecycle.HandoverChecklist;
import io.csiloop.lifecycle.HandoverItem;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.lifecycle.PrincipleAnswer;
import io.csiloop.lifecycle.ProgressReport;
import io.csiloop.lifecycle.ProjectEvidence;
import io.csiloop.lifecycle.ScopeAndRequirements;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceItem;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * A Lifecycle Project's typed evidence mapped to and from the generic gate evidence items: each part is
 * stored under the gate that checks it, one item per answer ({@code charter.purpose},
 * {@code principle.focus-on-value}, {@code handover.routine-operations}, ...). Lists are stored one entry a line.
 */
public final class ProjectEvidenceItems {

    static final String APPLIED = "APPLIED";
    static final String NOT_APPLICABLE = "NOT_APPLICABLE";
    static final String CONSIDERED = "CONSIDERED";

    private ProjectEvidenceItems() {
    }

    /** The evidence held in an issue's items (by gate id); unanswered items read as empty parts. */
    public static ProjectEvidence read(Map<String, List<EvidenceItem>> byGate) {
        GateAnswers initiation = GateAnswers.of(byGate, LifecycleGate.INITIATION_EXIT);
        GateAnswers planning = GateAnswers.of(byGate, LifecycleGate.PLANNING_EXIT);
        Map<GuidingPrinciple, PrincipleAnswer> principles = new EnumMap<>(GuidingPrinciple.class);
        for (GuidingPrinciple principle : GuidingPrinciple.values()) {
            planning.answer("principle." + principle.key()).ifPresent(answer -> principles.put(principle,
                    NOT_APPLICABLE.equals(answer.state()) ? new PrincipleAnswer.NotApplicable(nonNull(answer.text()))
                            : new PrincipleAnswer.Applied(nonNull(answer.text()))));
        }
        Map<FourDimension, String> dimensions = new EnumMap<>(FourDimension.class);
        for (FourDimension dimension : FourDimension.values()) {
            dimensions.put(dimension, planning.text("dimension." + dimension.key()));
        }
        GateAnswers closing = GateAnswers.of(byGate, LifecycleGate.CLOSING_EXIT);
        EnumSet<HandoverItem> handedOver = EnumSet.noneOf(HandoverItem.class);
        for (HandoverItem item : HandoverItem.values()) {
            if (closing.done("handover." + item.key())) {
                handedOver.add(item);
            }
        }
        return new ProjectEvidence(
                new Charter(initiation.text("charter.purpose"), initiation.lines("charter.objectives"),
                        initiation.done("charter.risks-reviewed")),
                new ScopeAndRequirements(planning.text("scope"), planning.lines("requirements")),
                new GuidingPrinciplesChecklist(principles), new FourDimensionsCoverage(dimensions),
                new ProgressReport(GateAnswers.of(byGate, LifecycleGate.MONITOR_AND_CONTROL_EXIT).text("progress-report")),
                new HandoverChecklist(handedOver));
    }

    /** The items that hold the evidence, by gate id; every item of every gate, so a cleared answer is stored too. */
    public static Map<String, List<EvidenceAnswer>> answers(ProjectEvidence evidence) {
        Charter charter = evidence.charter();
        AnswerList planning = new AnswerList().text("scope", evidence.scope().scope())
                .lines("requirements", evidence.scope().requirements());
        for (GuidingPrinciple principle : GuidingPrinciple.values()) {
            PrincipleAnswer answer = evidence.principles().answers().get(principle);
            String item = "principle." + principle.key();
            if (answer instanceof PrincipleAnswer.Applied applied) {
                planning.answer(item, APPLIED, blankToNull(applied.note()));
            } else if (answer instanceof PrincipleAnswer.NotApplicable notApplicable) {
                planning.answer(item, NOT_APPLICABLE, blankToNull(notApplicable.reason()));
            } else {
                planning.answer(item, GateAnswers.OPEN, null);
            }
        }
        for (FourDimension dimension : FourDimension.values()) {
            String note = evidence.dimensions().considerations().getOrDefault(dimension, "");
            planning.answer("dimension." + dimension.key(), note.isBlank() ? GateAnswers.OPEN : CONSIDERED, blankToNull(note));
        }
        AnswerList closing = new AnswerList();
        for (HandoverItem item : HandoverItem.values()) {
            closing.flag("handover." + item.key(), evidence.handover().done().contains(item));
        }
        return Map.of(
                LifecycleGate.INITIATION_EXIT.id(), new AnswerList().text("charter.purpose", charter.purpose())
                        .lines("charter.objectives", charter.objectives())
                        .flag("charter.risks-reviewed", charter.risksReviewed()).list(),
                LifecycleGate.PLANNING_EXIT.id(), planning.list(),
                LifecycleGate.MONITOR_AND_CONTROL_EXIT.id(),
                new AnswerList().text("progress-report", evidence.progress().summary()).list(),
                LifecycleGate.CLOSING_EXIT.id(), closing.list());
    }

    static String nonNull(String text) {
        return text == null ? "" : text;
    }

    static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
