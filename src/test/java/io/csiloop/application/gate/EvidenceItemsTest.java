package io.csiloop.application.gate;

import io.csiloop.improvement.Findings;
import io.csiloop.improvement.GapAnalysis;
import io.csiloop.improvement.ImplementationActions;
import io.csiloop.improvement.ImprovementApproach;
import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementEvidence;
import io.csiloop.improvement.StakeholderDecision;
import io.csiloop.lifecycle.Charter;
import io.csiloop.lifecycle.FourDimension;
import io.csiloop.lifecycle.FourDimensionsCoverage;
import io.csiloop.lifecycle.GuidingPrinciple;
import io.csiloop.lifecycle.GuidingPrinciplesChecklist;
import io.csiloop.lifecycle.HandoverChecklist;
import io.csiloop.lifecycle.HandoverItem;
import io.csiloop.lifecycle.PrincipleAnswer;
import io.csiloop.lifecycle.ProgressReport;
import io.csiloop.lifecycle.ProjectEvidence;
import io.csiloop.lifecycle.ScopeAndRequirements;
import io.csiloop.process.EvidenceAnswer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceItemsTest {

    @Test
    void projectEvidenceSurvivesTheTripThroughGenericItems() {
        ProjectEvidence evidence = new ProjectEvidence(
                new Charter("Faster onboarding", List.of("Halve the lead time", "Self-service"), true),
                new ScopeAndRequirements("HR and IT", List.of("SSO")),
                new GuidingPrinciplesChecklist(Map.of(GuidingPrinciple.FOCUS_ON_VALUE, new PrincipleAnswer.Applied("survey"),
                        GuidingPrinciple.OPTIMIZE_AND_AUTOMATE, new PrincipleAnswer.NotApplicable("manual first"))),
                new FourDimensionsCoverage(Map.of(FourDimension.PARTNERS_AND_SUPPLIERS, "the SSO vendor")),
                new ProgressReport("on track"), new HandoverChecklist(Set.of(HandoverItem.SUPPORT_MODEL)));

        ProjectEvidence read = ProjectEvidenceItems.read(StoredItems.of(ProjectEvidenceItems.answers(evidence)));

        assertEquals(evidence.charter(), read.charter());
        assertEquals(evidence.scope(), read.scope());
        assertEquals(evidence.principles(), read.principles());
        assertEquals("the SSO vendor", read.dimensions().considerations().get(FourDimension.PARTNERS_AND_SUPPLIERS));
        assertEquals("", read.dimensions().considerations().get(FourDimension.INFORMATION_AND_TECHNOLOGY));
        assertEquals(evidence.progress(), read.progress());
        assertEquals(evidence.handover(), read.handover());
    }

    @Test
    void aClearedAnswerIsWrittenAsOpenSoTheStoreForgetsTheOldOne() {
        Map<String, List<EvidenceAnswer>> answers = ProjectEvidenceItems.answers(ProjectEvidence.empty());

        assertTrue(answers.get("lifecycle.initiation-exit").contains(new EvidenceAnswer("charter.purpose", "OPEN", null)));
        assertEquals(ProjectEvidence.empty().charter(), ProjectEvidenceItems.read(StoredItems.of(answers)).charter());
    }

    @Test
    void improvementEvidenceOfOneCycleDoesNotLeakIntoTheNext() {
        ImprovementEvidence cycleOne = new ImprovementEvidence(new ImprovementApproach("uptime", "97 %", "SLA"),
                new GapAnalysis("user pain", "ticket count"), new Findings("weekends are worse", true, false),
                new StakeholderDecision("staff weekends", "CAB"), new ImplementationActions(List.of("rota", "alerts")));
        var stored = StoredItems.of(ImprovementEvidenceItems.answers(cycleOne, ImprovementCycle.first()));

        ImprovementEvidence first = ImprovementEvidenceItems.read(stored, ImprovementCycle.first());
        ImprovementEvidence second = ImprovementEvidenceItems.read(stored, new ImprovementCycle(2));

        assertEquals(cycleOne, first);
        assertEquals(cycleOne.approach(), second.approach(), "the approach holds for every cycle");
        assertEquals(cycleOne.gapAnalysis(), second.gapAnalysis());
        assertEquals(Findings.empty(), second.findings(), "findings start afresh in a new cycle");
        assertEquals(StakeholderDecision.empty(), second.decision());
        assertEquals(ImplementationActions.empty(), second.actions());
    }
}
