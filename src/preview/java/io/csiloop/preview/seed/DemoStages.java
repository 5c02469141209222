package io.csiloop.preview.seed;

import io.csiloop.application.gate.GateReviews;
import io.csiloop.application.process.CsiLoopIssueType;
import io.csiloop.application.process.ProcessNames;
import io.csiloop.improvement.Findings;
import io.csiloop.improvement.GapAnalysis;
import io.csiloop.improvement.ImplementationActions;
import io.csiloop.improvement.ImprovementApproach;
import io.csiloop.improvement.ImprovementEvidence;
import io.csiloop.improvement.StakeholderDecision;
import io.csiloop.lifecycle.Charter;
import io.csiloop.lifecycle.GateDecision;
import io.csiloop.lifecycle.HandoverChecklist;
import io.csiloop.lifecycle.HandoverItem;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.lifecycle.PracticesUsed;
import io.csiloop.lifecycle.ProgressReport;
import io.csiloop.lifecycle.ProjectEvidence;
import io.csiloop.process.Gate;
import io.csiloop.process.WorkflowModel;
import io.csiloop.process.WorkflowStatus;
import io.csiloop.process.WorkflowTransition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The demo issues that put Service Operations in every phase and step the first seven do not cover (SVC-8 to
 * SVC-14): Lifecycle Projects in Initiation, Executing and Closing, Improvements at Define the measurement,
 * Process data, Present the knowledge and Implement improvements. Each has the evidence its place implies, written
 * through the gate layer as the panels write it, and a recorded passage of every gate on its way from the
 * workflow's initial status (as the workflow's "record gate decision" post-function records it), so no report
 * says "not passed yet" of a gate the issue is past. The first seven issues get theirs the same way ({@link #pass}).
 */
final class DemoStages {

    /** One planted issue: where it stands and what was recorded for it. */
    record Staged(long id, String key, String summary, String type, String status, String assignee) {
    }

    private static final String WHO = "admin";
    private static final String LIFECYCLE = "Lifecycle Project";
    private static final String IMPROVEMENT = "Improvement";

    static final List<Staged> ISSUES = List.of(
            new Staged(10_008, "SVC-8", "Service catalogue for the new HR services", LIFECYCLE, "Initiation", "editor"),
            new Staged(10_009, "SVC-9", "Move the service desk to the new telephony platform", LIFECYCLE, "Executing", "admin"),
            new Staged(10_010, "SVC-10", "Retire the legacy ticketing system", LIFECYCLE, "Closing", "editor"),
            new Staged(10_011, "SVC-11", "Fewer reopened incidents", IMPROVEMENT, "Define the measurement", "editor"),
            new Staged(10_012, "SVC-12", "Faster onboarding of new staff accounts", IMPROVEMENT, "Process data", "admin"),
            new Staged(10_013, "SVC-13", "Cut the backlog of problem records", IMPROVEMENT, "Present the knowledge", "editor"),
            new Staged(10_014, "SVC-14", "Reduce failed changes at weekends", IMPROVEMENT, "Implement improvements", "admin"));

    private final GateReviews reviews;
    private final ProcessNames names = new ProcessNames();

    DemoStages(GateReviews reviews) {
        this.reviews = reviews;
    }

    /** Records the issues' evidence, then the passages of the gates before their status. */
    void record() {
        reviews.recordProjectEvidence(10_008, new ProjectEvidence(new Charter("Publish the HR services in the catalogue",
                List.of("Every HR service findable in the portal"), false), ProjectEvidence.empty().scope(),
                ProjectEvidence.empty().principles(), ProjectEvidence.empty().dimensions(), ProgressReport.empty(),
                HandoverChecklist.empty()), WHO);
        reviews.recordProjectEvidence(10_009, DemoEvidence.project(ProgressReport.empty(), EnumSet.noneOf(HandoverItem.class),
                PracticesUsed.empty()), WHO);
        reviews.recordProjectEvidence(10_010, DemoEvidence.project(
                new ProgressReport("All tickets migrated; the old system is read-only since the cut-over.",
                        "The archive export was added to the scope.", "The service desk runs the archive from now on."),
                EnumSet.of(HandoverItem.values()[0]), DemoEvidence.PRACTICES), WHO);
        ImprovementApproach approach = new ImprovementApproach("Fix incidents for good the first time",
                "One incident in eight is reopened", "Reopened incidents cost a second visit");
        GapAnalysis gap = new GapAnalysis("Incidents that stay fixed", "Incidents not reopened within 14 days");
        reviews.recordImprovementEvidence(10_011, new ImprovementEvidence(approach, GapAnalysis.empty(), Findings.empty(),
                StakeholderDecision.empty(), ImplementationActions.empty()), WHO);
        reviews.recordImprovementEvidence(10_012, new ImprovementEvidence(
                new ImprovementApproach("New staff can work on their first day", "Accounts take three days",
                        "New staff wait for access"),
                new GapAnalysis("Ready to work on day one", "Account created before the start date"),
                Findings.empty(), StakeholderDecision.empty(), ImplementationActions.empty()), WHO);
        reviews.recordImprovementEvidence(10_013, new ImprovementEvidence(
                new ImprovementApproach("Problems get a root cause", "300 problem records open", "Incidents recur"),
                new GapAnalysis("Causes removed", "Problem records closed"),
                new Findings("Half of the open records are duplicates of known errors.", true, true),
                StakeholderDecision.empty(), ImplementationActions.empty()), WHO);
        reviews.recordImprovementEvidence(10_014, new ImprovementEvidence(
                new ImprovementApproach("Weekend changes succeed", "One weekend change in five fails", "Outages on Mondays"),
                new GapAnalysis("Changes that work first time", "Changes not rolled back"),
                new Findings("Failures cluster on changes without a tested back-out plan.", true, true),
                new StakeholderDecision("Require a tested back-out plan for weekend changes", "Change advisory board"),
                ImplementationActions.empty()), WHO);
        for (Staged issue : ISSUES) {
            pass(issue.id(), issue.type(), issue.status());
        }
    }

    /**
     * Records the passage of every gate on the issue's way to its status, as the workflow records it: a lifecycle
     * gate's decision ("go", by the approver) first, unless one is recorded, since a gate passes on a decision.
     */
    void pass(long issueId, String type, String status) {
        for (Gate<?> gate : gatesBefore(type, status)) {
            if (gate instanceof LifecycleGate lifecycle && reviews.projectEvidence(issueId).decision(lifecycle).isEmpty()) {
                reviews.recordProjectEvidence(issueId, reviews.projectEvidence(issueId)
                        .decided(lifecycle, new GateDecision(GateDecision.Outcome.GO, "")), WHO);
            }
            reviews.recordPassage(issueId, gate.id(), WHO);
        }
    }

    /**
     * The gates on the workflow's way from its initial status to the status, in order: walked back from the status,
     * each step by the transition from the latest status before it in the workflow's order, so the way is the
     * workflow's main line (a Closed project was closed from Closing, not cancelled from Initiation).
     */
    List<Gate<?>> gatesBefore(String type, String status) {
        WorkflowModel model = names.type(type).map(CsiLoopIssueType::workflow).orElseThrow();
        List<? extends WorkflowStatus> order = model.statuses();
        List<Gate<?>> gates = new ArrayList<>();
        for (WorkflowStatus at = names.status(model, status).orElseThrow(); !at.equals(model.initial()); ) {
            WorkflowStatus here = at;
            Map.Entry<WorkflowStatus, WorkflowTransition> step = model.transitions().stream()
                    .filter(t -> t.route().to().equals(here))
                    .flatMap(t -> t.route().from().stream().filter(f -> order.indexOf(f) < order.indexOf(here))
                            .map(f -> Map.entry((WorkflowStatus) f, t)))
                    .max(Comparator.comparingInt(e -> order.indexOf(e.getKey())))
                    .orElseThrow(() -> new IllegalStateException(status + " cannot be reached from the initial status"));
            step.getValue().route().gate().ifPresent(g -> gates.add(0, g));
            at = step.getKey();
        }
        return gates;
    }
}
