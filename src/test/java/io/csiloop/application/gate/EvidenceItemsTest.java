package io.csiloop.application.gate;

import io.csiloop.improvement.Findings;
import io.csiloop.improvement.ImplementationActions;
import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementEvidence;
import io.csiloop.improvement.StakeholderDecision;
import io.csiloop.lifecycle.FourDimension;
import io.csiloop.lifecycle.ProjectEvidence;
import io.csiloop.process.EvidenceAnswer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceItemsTest {

    @Test
    void projectEvidenceSurvivesTheTripThroughGenericItems() {
        ProjectEvidence evidence = EvidenceFixtures.completeProject();

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
        ImprovementEvidence cycleOne = EvidenceFixtures.completeImprovement();
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
