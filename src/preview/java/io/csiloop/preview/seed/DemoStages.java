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
import io.csiloop.lifecycle.HandoverChecklist;
import io.csiloop.lifecycle.HandoverItem;
import io.csiloop.lifecycle.ProgressReport;
import io.csiloop.lifecycle.ProjectEvidence;
import io.csiloop.process.Gate;
import io.csiloop.process.StatusCategory;
import io.csiloop.process.WorkflowModel;
import io.csiloop.process.WorkflowStatus;
import io.csiloop.process.WorkflowTransition;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo issues that put Service Operations in every phase and step the first seven do not cover (SVC-8 to
 * SVC-14): Lifecycle Projects in Initiation, Executing and Closing, Improvements at Define the measurement,
 * Process data, Present the knowledge and Implement improvements. Each has the evidence its place implies, written
 * through the gate layer as the panels write it, and a recorded passage of every gate on its way from the
 * workflow's initial status (as the workflow's "record gate decision" post-function records it), so no report
 * says "not passed yet" of a gate the issue is past.
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
        reviews.recordProjectEvidence(10_009, DemoEvidence.project(ProgressReport.empty(), EnumSet.noneOf(HandoverItem.class)), WHO);
        reviews.recordProjectEvidence(10_010, DemoEvidence.project(
                new ProgressReport("All tickets migrated; the old system is read-only since the cut-over."),
                EnumSet.of(HandoverItem.values()[0])), WHO);
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
            for (Gate<?> gate : gatesBefore(issue.type(), issue.status())) {
                reviews.recordPassage(issue.id(), gate.id(), WHO);
            }
        }
    }

    /** The gates on the workflow's way from its initial status to the status, in order (never through done). */
    List<Gate<?>> gatesBefore(String type, String status) {
        WorkflowModel model = names.type(type).map(CsiLoopIssueType::workflow).orElseThrow();
        WorkflowStatus target = names.status(model, status).orElseThrow();
        Map<WorkflowStatus, WorkflowTransition> reachedBy = new HashMap<>();
        Map<WorkflowStatus, WorkflowStatus> previous = new HashMap<>();
        Deque<WorkflowStatus> open = new ArrayDeque<>(List.of(model.initial()));
        while (!open.isEmpty() && !reachedBy.containsKey(target)) {
            WorkflowStatus at = open.poll();
            for (WorkflowTransition t : model.transitionsFrom(at)) {
                WorkflowStatus to = t.route().to();
                boolean throughDone = to.category() == StatusCategory.DONE && !to.equals(target);
                if (!throughDone && !to.equals(model.initial()) && !reachedBy.containsKey(to)) {
                    reachedBy.put(to, t);
                    previous.put(to, at);
                    open.add(to);
                }
            }
        }
        List<Gate<?>> gates = new ArrayList<>();
        for (WorkflowStatus at = target; !at.equals(model.initial()); ) {
            WorkflowTransition t = Optional.ofNullable(reachedBy.get(at)).orElseThrow(
                    () -> new IllegalStateException(status + " cannot be reached from the initial status"));
            t.route().gate().ifPresent(g -> gates.add(0, g));
            at = previous.get(at);
        }
        return gates;
    }
}
