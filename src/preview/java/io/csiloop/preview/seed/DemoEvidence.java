package io.csiloop.preview.seed;

import io.csiloop.application.gate.GateReviews;
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
import io.csiloop.lifecycle.ManagementPractice;
import io.csiloop.lifecycle.PracticesUsed;
import io.csiloop.lifecycle.PrincipleAnswer;
import io.csiloop.lifecycle.ProgressReport;
import io.csiloop.lifecycle.ProjectEvidence;
import io.csiloop.lifecycle.ScopeAndRequirements;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The evidence of the demo issues, written through the gate layer as the panels write it: the lifecycle project
 * in Monitor &amp; Control has everything up to its progress report, which is still missing, so its way to Closing
 * is blocked; the improvements have what their steps so far needed.
 */
final class DemoEvidence {

    private static final String WHO = "admin";

    private DemoEvidence() {
    }

    /** @param fcrGoLive the day SVC-3's change went live: where its data jumps */
    static void record(GateReviews reviews, LocalDate fcrGoLive) {
        reviews.recordProjectEvidence(10_001, project(ProgressReport.empty(), Set.of(), PRACTICES), WHO);
        // In Planning: the charter it passed Initiation on, nothing of Planning yet.
        reviews.recordProjectEvidence(10_004, new ProjectEvidence(new Charter("See failures in the core network"
                + " before users do", List.of("Every core router and switch monitored"), true),
                ProjectEvidence.empty().scope(), ProjectEvidence.empty().principles(),
                ProjectEvidence.empty().dimensions(), ProgressReport.empty(), HandoverChecklist.empty()), WHO);
        reviews.recordProjectEvidence(10_005, project(new ProgressReport("Delivered on time, within budget.",
                "The barcode scanners came a month late; stocktaking moved to spring.",
                "The service desk took over the asset records; the runbook was handed over."),
                EnumSet.allOf(HandoverItem.class), PRACTICES), WHO);
        ImprovementApproach approach = new ImprovementApproach("Restore service within the agreed service levels",
                "P2 incidents take about 12 hours to resolve", "Customers lose a working day per P2 incident");
        GapAnalysis gap = new GapAnalysis("Time until the customer can work again", "Time from raised to resolved in Jira");
        reviews.recordImprovementEvidence(10_002, new ImprovementEvidence(approach, gap, Findings.empty(),
                StakeholderDecision.empty(), ImplementationActions.empty()), WHO);
        reviews.recordImprovementEvidence(10_003, new ImprovementEvidence(
                new ImprovementApproach("Customers get help at the first contact", "60 % resolved at first contact",
                        "Hand-overs make customers wait"),
                new GapAnalysis("Resolved to the customer's satisfaction", "Closed by the first agent"),
                new Findings("First-contact resolution rose from 62 % to 78 % after the knowledge base went live.", true, true),
                new StakeholderDecision("Keep the knowledge base and train new agents on it", "Service owner"),
                new ImplementationActions(List.of("Knowledge base for the top 50 requests", "Agent training"),
                        Optional.of(fcrGoLive))), WHO);
        reviews.recordImprovementEvidence(10_007, new ImprovementEvidence(
                new ImprovementApproach("Customers feel heard", "Survey comments go unanswered", "Satisfaction is flat"),
                new GapAnalysis("Whether customers feel heard", "The survey score"),
                new Findings("", true, false), StakeholderDecision.empty(), ImplementationActions.empty()), WHO);
    }

    /** The practices of a project past Executing: chosen, and described across the Four Dimensions. */
    static final PracticesUsed PRACTICES = new PracticesUsed(EnumSet.of(ManagementPractice.PROJECT_MANAGEMENT,
            ManagementPractice.KNOWLEDGE_MANAGEMENT, ManagementPractice.SERVICE_DESK,
            ManagementPractice.CHANGE_ENABLEMENT), Map.of(
            FourDimension.ORGANIZATIONS_AND_PEOPLE, "The service desk team and the project team worked as one.",
            FourDimension.INFORMATION_AND_TECHNOLOGY, "Changes went through the change calendar.",
            FourDimension.PARTNERS_AND_SUPPLIERS, "The supplier delivered to the agreed plan.",
            FourDimension.VALUE_STREAMS_AND_PROCESSES, "Requests flow from the portal to the desk unchanged."));

    static ProjectEvidence project(ProgressReport progress, Set<HandoverItem> handedOver, PracticesUsed practices) {
        Map<GuidingPrinciple, PrincipleAnswer> principles = new EnumMap<>(GuidingPrinciple.class);
        for (GuidingPrinciple p : GuidingPrinciple.values()) {
            principles.put(p, new PrincipleAnswer.Applied(""));
        }
        principles.put(GuidingPrinciple.OPTIMIZE_AND_AUTOMATE,
                new PrincipleAnswer.NotApplicable("Password resets are already automated end to end"));
        Map<FourDimension, String> dimensions = new EnumMap<>(FourDimension.class);
        for (FourDimension d : FourDimension.values()) {
            dimensions.put(d, "Considered in the planning workshop");
        }
        return new ProjectEvidence(
                new Charter("Let people reset their own passwords", List.of("Halve password-reset calls"), true),
                new ScopeAndRequirements("Self-service reset for all staff accounts", List.of("Works from the login page")),
                new GuidingPrinciplesChecklist(principles), new FourDimensionsCoverage(dimensions), progress,
                new HandoverChecklist(handedOver), practices, Map.of());
    }
}
