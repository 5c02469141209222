package io.csiloop.lifecycle;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A refusal as a project manager reads it, rendered from csiloop.properties with MessageFormat. */
class GateRefusalInEnglishTest {

    @Test
    void planningExitListsEachMissingItemInPlainEnglish() {
        Map<GuidingPrinciple, PrincipleAnswer> answers = new EnumMap<>(GuidingPrinciple.class);
        answers.put(GuidingPrinciple.FOCUS_ON_VALUE, new PrincipleAnswer.Applied("Callers wait less"));
        answers.put(GuidingPrinciple.START_WHERE_YOU_ARE, new PrincipleAnswer.Applied(""));
        answers.put(GuidingPrinciple.PROGRESS_ITERATIVELY_WITH_FEEDBACK, new PrincipleAnswer.Applied(""));
        answers.put(GuidingPrinciple.COLLABORATE_AND_PROMOTE_VISIBILITY, new PrincipleAnswer.Applied(""));
        answers.put(GuidingPrinciple.THINK_AND_WORK_HOLISTICALLY, new PrincipleAnswer.NotApplicable(""));
        answers.put(GuidingPrinciple.KEEP_IT_SIMPLE_AND_PRACTICAL, new PrincipleAnswer.Applied(""));
        ProjectEvidence evidence = new ProjectEvidence(ProjectEvidenceFixture.completeCharter(),
                new ScopeAndRequirements("Service desk tooling only", List.of()),
                new GuidingPrinciplesChecklist(answers),
                new FourDimensionsCoverage(Map.of(
                        FourDimension.ORGANIZATIONS_AND_PEOPLE, "Two teams merge",
                        FourDimension.INFORMATION_AND_TECHNOLOGY, "One tool")),
                ProgressReport.empty(), HandoverChecklist.empty());

        List<String> refusal = LifecycleGate.PLANNING_EXIT.evaluate(ProjectEvidenceFixture.review(evidence))
                .refusal(new CsiloopMessages());

        assertEquals(List.of(
                "The gate \"Plan complete\" is not passed yet. Still missing:",
                "No requirement is recorded yet: add at least one.",
                "The guiding principle \"Think and work holistically\" is marked as not applicable, but the reason "
                        + "is missing.",
                "The guiding principle \"Optimize and automate\" is not answered yet: say how it is applied, or why "
                        + "it does not apply.",
                "The dimension \"Partners and suppliers\" has not been considered yet.",
                "The dimension \"Value streams and processes\" has not been considered yet.",
                "The gate decision is not recorded yet: the approver decides go, go with conditions or stop."), refusal);
    }
}
