package io.csiloop.preview.web;

import io.csiloop.improvement.SevenStepImprovement;
import io.csiloop.jira.web.StatusNames;
import io.csiloop.lifecycle.GateVerdict;
import io.csiloop.lifecycle.MessageSource;
import io.csiloop.lifecycle.ProjectLifecycle;
import io.csiloop.lifecycle.TransitionEffect;
import io.csiloop.lifecycle.WorkflowModel;
import io.csiloop.lifecycle.WorkflowStatus;
import io.csiloop.lifecycle.WorkflowTransition;
import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectAccess;
import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.IssueTable;
import io.csiloop.review.CycleSnapshots;
import io.csiloop.review.GateReviews;
import io.csiloop.review.ImprovementCycles;
import io.csiloop.store.SnapshotTrigger;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Jira's workflow as the preview runs it: the transitions of the issue's process model from its status, each
 * behind its gate, which the review layer judges exactly as the workflow validator does inside Jira; a refused
 * transition answers with the refusal in plain words, listing everything missing. The effects the workflow's
 * post-functions have (KPI snapshots on entering Process data, the next cycle) follow a passed transition.
 * {@code POST /preview/transition?issue=KEY&transition=KEY}, with the XSRF header, by people who may edit.
 */
public final class Transitions implements Route {

    private final IssueTable issues;
    private final DemoDirectory directory;
    private final StatusNames statuses;
    private final GateReviews reviews;
    private final ImprovementCycles cycles;
    private final CycleSnapshots snapshots;
    private final MessageSource messages;

    public Transitions(IssueTable issues, DemoDirectory directory, StatusNames statuses, GateReviews reviews,
                       ImprovementCycles cycles, CycleSnapshots snapshots, MessageSource messages) {
        this.issues = issues;
        this.directory = directory;
        this.statuses = statuses;
        this.reviews = reviews;
        this.cycles = cycles;
        this.snapshots = snapshots;
        this.messages = messages;
    }

    /** The transitions a person may take from the issue's status, in model order (none for other issues). */
    public List<WorkflowTransition> from(IssueRef issue) {
        return status(issue).map(s -> model(s).transitionsFrom(s)).orElse(List.of());
    }

    @Override
    public void handle(Exchange exchange) throws IOException {
        Optional<IssueRef> issue = exchange.query("issue").flatMap(issues::byKey);
        if (!exchange.method().equals("POST") || !"no-check".equals(exchange.header("X-Atlassian-Token").orElse(""))) {
            exchange.json(403, "{\"refusal\":[\"XSRF check failed\"]}");
            return;
        }
        if (issue.isEmpty() || !directory.currentUserMay(ProjectAccess.EDIT, issue.get().projectId())) {
            exchange.json(403, "{\"refusal\":[\"You may not transition this issue.\"]}");
            return;
        }
        String key = exchange.query("transition").orElse("");
        Optional<WorkflowTransition> transition = from(issue.get()).stream().filter(t -> t.key().equals(key)).findFirst();
        if (transition.isEmpty()) {
            exchange.json(409, "{\"refusal\":[\"This transition is not available from the current status.\"]}");
            return;
        }
        Optional<GateVerdict> refused = transition.get().route().gate()
                .map(gate -> reviews.evaluate(issue.get().id(), gate.id())).filter(v -> !v.passed());
        if (refused.isPresent()) {
            exchange.json(400, refused.get().refusal(messages).stream().map(WebResources::jsString)
                    .collect(Collectors.joining(",", "{\"refusal\":[", "]}")));
            return;
        }
        issues.moveTo(issue.get().id(), messages.text(transition.get().route().to().nameKey(), List.of()));
        effects(issue.get(), transition.get());
        exchange.json(200, "{\"status\":" + WebResources.jsString(transition.get().route().to().key()) + "}");
    }

    private void effects(IssueRef issue, WorkflowTransition transition) {
        if (transition.route().effects().contains(TransitionEffect.START_NEXT_CYCLE)) {
            cycles.startNext(issue.id(), issue.projectId());
        }
        if (transition.route().effects().contains(TransitionEffect.TAKE_KPI_SNAPSHOTS)) {
            snapshots.take(issue.id(), SnapshotTrigger.TRANSITION);
        }
    }

    private Optional<WorkflowStatus> status(IssueRef issue) {
        return statuses.phase(issue.status()).<WorkflowStatus>map(p -> p)
                .or(() -> statuses.step(issue.status()).map(s -> s));
    }

    private static WorkflowModel model(WorkflowStatus status) {
        return status instanceof io.csiloop.lifecycle.LifecyclePhase ? ProjectLifecycle.WORKFLOW : SevenStepImprovement.WORKFLOW;
    }
}
