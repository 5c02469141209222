package io.csiloop.application.gate;

import io.csiloop.improvement.Findings;
import io.csiloop.improvement.GapAnalysis;
import io.csiloop.improvement.ImplementationActions;
import io.csiloop.improvement.ImprovementApproach;
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

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed evidence with every part given, in every kind of answer (a principle applied, one not applicable). */
final class EvidenceFixtures {

    private EvidenceFixtures() {
    }

    static ProjectEvidence completeProject() {
        return new ProjectEvidence(
                new Charter("Faster onboarding", List.of("Halve the lead time", "Self-service"), true),
                new ScopeAndRequirements("HR and IT", List.of("SSO")),
                new GuidingPrinciplesChecklist(Map.of(GuidingPrinciple.FOCUS_ON_VALUE, new PrincipleAnswer.Applied("survey"),
                        GuidingPrinciple.OPTIMIZE_AND_AUTOMATE, new PrincipleAnswer.NotApplicable("manual first"))),
                new FourDimensionsCoverage(Map.of(FourDimension.PARTNERS_AND_SUPPLIERS, "the SSO vendor")),
                new ProgressReport("on track"), new HandoverChecklist(EnumSet.of(HandoverItem.SUPPORT_MODEL)));
    }

    static ImprovementEvidence completeImprovement() {
        return new ImprovementEvidence(new ImprovementApproach("uptime", "97 %", "SLA"),
                new GapAnalysis("user pain", "ticket count"), new Findings("weekends are worse", true, false),
                new StakeholderDecision("staff weekends", "CAB"), new ImplementationActions(List.of("rota", "alerts"),
                Optional.of(LocalDate.parse("2026-03-02"))));
    }
}
