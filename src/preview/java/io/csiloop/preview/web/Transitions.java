package io.csiloop.preview.web;

import com.opensymphony.workflow.FunctionProvider;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import com.opensymphony.workflow.WorkflowException;
import io.csiloop.application.process.IssueProcesses;
import io.csiloop.jira.workflow.GateValidator;
import io.csiloop.jira.workflow.RecordGateDecisionFunction;
import io.csiloop.jira.workflow.StartNextCycleFunction;
import io.csiloop.jira.workflow.TakeKpiSnapshotsFunction;
import io.csiloop.kernel.MessageSource;
import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectAccess;
import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.IssueTable;
import io.csiloop.preview.demo.JiraObjects;
import io.csiloop.preview.plugin.Modules;
import io.csiloop.process.TransitionEffect;
import io.csiloop.process.WorkflowTransition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Jira's workflow as the preview runs it, with the app's own workflow classes: the transitions of the issue's
 * process model from its status, each gated one checked by {@link GateValidator} with the gate's id as the workflow
 * XML passes it; a refusal ({@code InvalidInputException}) answers with its lines, listing everything missing. A
 * passed transition moves the issue and runs the post-functions the XML runs: the gate decision is recorded, KPI
 * snapshots are taken on entering Process data, and "start next cycle" starts it.
 * {@code POST /preview/transition?issue=KEY&transition=KEY}, with the XSRF header, by people who may edit.
 */
public final class Transitions implements Route {

    private final IssueTable issues;
    private final DemoDirectory directory;
    private final IssueProcesses processes;
    private final Modules modules;
    private final MessageSource messages;

    public Transitions(IssueTable issues, DemoDirectory directory, IssueProcesses processes, Modules modules,
                       MessageSource messages) {
        this.issues = issues;
        this.directory = directory;
        this.processes = processes;
        this.modules = modules;
        this.messages = messages;
    }

    /** The transitions a person may take from the issue's status, in model order (none for other issues). */
    public List<WorkflowTransition> from(IssueRef issue) {
        return processes.status(issue).map(s -> processes.model(issue).orElseThrow().transitionsFrom(s)).orElse(List.of());
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
        io.csiloop.process.Route route = transition.get().route();
        Map<String, Object> transientVars = Map.of("issue", JiraObjects.issue(issue.get(), directory.byId(issue.get().projectId()).orElseThrow()));
        Map<String, Object> gateArgs = route.gate().<Map<String, Object>>map(g -> Map.of("csiloop.gate", g.id())).orElse(Map.of());
        try {
            if (route.gate().isPresent()) {
                modules.build(GateValidator.class.getName(), Validator.class).validate(transientVars, gateArgs, null);
            }
            issues.moveTo(issue.get().id(), messages.text(route.to().nameKey(), List.of()));
            for (Class<?> function : postFunctions(route)) {
                modules.build(function.getName(), FunctionProvider.class).execute(transientVars, gateArgs, null);
            }
        } catch (InvalidInputException refused) {
            exchange.json(400, Stream.of(refused.getMessage().split("\n")).map(WebResources::jsString)
                    .collect(Collectors.joining(",", "{\"refusal\":[", "]}")));
            return;
        } catch (WorkflowException e) {
            throw new IllegalStateException("the workflow failed", e);
        }
        exchange.json(200, "{\"status\":" + WebResources.jsString(route.to().key()) + "}");
    }

    /** The app's post-functions the workflow XML puts on a transition of this route (docs/process-model.md). */
    private static List<Class<?>> postFunctions(io.csiloop.process.Route route) {
        List<Class<?>> functions = new ArrayList<>();
        route.gate().ifPresent(g -> functions.add(RecordGateDecisionFunction.class));
        if (route.effects().contains(TransitionEffect.TAKE_KPI_SNAPSHOTS)) {
            functions.add(TakeKpiSnapshotsFunction.class);
        }
        if (route.effects().contains(TransitionEffect.START_NEXT_CYCLE)) {
            functions.add(StartNextCycleFunction.class);
        }
        return functions;
    }
}
