package io.csiloop.lifecycle;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.csiloop.kernel.MessageSource;
import io.csiloop.process.Gate;
import io.csiloop.process.Resolution;
import io.csiloop.process.Route;
import io.csiloop.process.TransitionEffect;
import io.csiloop.process.WorkflowModel;
import io.csiloop.process.WorkflowStatus;
import io.csiloop.process.WorkflowTransition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a workflow XML file and its process model disagree: statuses, transitions, gate validators,
 * resolutions and the app's post-functions must match one to one, with nothing extra on either side.
 * Jira's own system post-functions are left to {@link WorkflowSystemFunctions}, which checks them exactly.
 */
public final class WorkflowDrift {

    static final String JIRA_WORKFLOW = "io.csiloop.jira.workflow.";
    static final Map<TransitionEffect, String> EFFECT_FUNCTIONS = Map.of(
            TransitionEffect.TAKE_KPI_SNAPSHOTS, JIRA_WORKFLOW + "TakeKpiSnapshotsFunction",
            TransitionEffect.START_NEXT_CYCLE, JIRA_WORKFLOW + "StartNextCycleFunction");

    /** A step as both sides describe it. */
    record StatusShape(String stepName, String statusIdToken) {
    }

    /** An action as both sides describe it; validators and functions as {@link WorkflowXml#describe} writes them. */
    record TransitionShape(String name, String titleKey, Set<String> from, String to, Set<String> validators,
                           Optional<String> resolution, Set<String> functions) {
    }

    private WorkflowDrift() {
    }

    /** Every disagreement in plain words; empty when the XML describes exactly the model. */
    public static List<String> between(WorkflowModel model, WorkflowDescriptor xml, MessageSource english) {
        List<String> drift = new ArrayList<>();
        List<ActionDescriptor> initial = WorkflowXml.initialActions(xml);
        if (initial.size() != 1 || !"Create".equals(initial.get(0).getName())
                || !model.initial().key().equals(statusAt(xml, initial.get(0).getUnconditionalResult().getStep()))) {
            drift.add("the XML needs one initial action \"Create\" leading to " + model.initial().key());
        }
        compare("status", expectedStatuses(model, english), actualStatuses(xml, drift), drift);
        compare("transition", expectedTransitions(model, english), actualTransitions(xml, drift), drift);
        return drift;
    }

    private static Map<String, StatusShape> expectedStatuses(WorkflowModel model, MessageSource english) {
        // OSWorkflow 2.7 cannot validate a step name holding "&" (it writes the name back unescaped),
        // so the step of "Monitor & Control" is named "Monitor and Control".
        return model.statuses().stream().collect(Collectors.toMap(WorkflowStatus::key, status -> new StatusShape(
                english.text(status.nameKey(), List.of()).replace(" & ", " and "),
                "@csiloop.status." + status.key() + "@")));
    }

    private static Map<String, StatusShape> actualStatuses(WorkflowDescriptor xml, List<String> drift) {
        Map<String, StatusShape> shapes = new HashMap<>();
        for (StepDescriptor step : WorkflowXml.steps(xml)) {
            StatusShape shape = new StatusShape(step.getName(), WorkflowXml.meta(step, "jira.status.id"));
            if (shapes.put(statusOf(step), shape) != null) {
                drift.add(WorkflowStructure.name(step) + " needs a csiloop.status meta of its own");
            }
        }
        return shapes;
    }

    private static Map<String, TransitionShape> expectedTransitions(WorkflowModel model, MessageSource english) {
        Map<String, TransitionShape> shapes = new HashMap<>();
        for (WorkflowTransition transition : model.transitions()) {
            Route route = transition.route();
            Optional<String> gate = route.gate().map(Gate::id);
            Set<String> functions = Stream.concat(
                    gate.map(id -> function("RecordGateDecisionFunction", id)).stream(),
                    route.effects().stream().map(effect -> WorkflowXml.describe("class",
                            Map.of("class.name", EFFECT_FUNCTIONS.get(effect))))).collect(Collectors.toSet());
            shapes.put(transition.key(), new TransitionShape(english.text(transition.nameKey(), List.of()),
                    transition.nameKey(), route.from().stream().map(WorkflowStatus::key).collect(Collectors.toSet()),
                    route.to().key(), gate.map(id -> function("GateValidator", id)).stream().collect(Collectors.toSet()),
                    route.resolution().map(Resolution::key), functions));
        }
        return shapes;
    }

    private static String function(String simpleName, String gateId) {
        return WorkflowXml.describe("class", Map.of("class.name", JIRA_WORKFLOW + simpleName, "csiloop.gate", gateId));
    }

    private static Map<String, TransitionShape> actualTransitions(WorkflowDescriptor xml, List<String> drift) {
        Map<Integer, ActionDescriptor> actions = new LinkedHashMap<>();
        Map<Integer, Set<String>> offeredFrom = new HashMap<>();
        for (StepDescriptor step : WorkflowXml.steps(xml)) {
            Stream.concat(WorkflowXml.actions(step).stream(), WorkflowXml.globalActions(xml).stream()).forEach(action -> {
                actions.put(action.getId(), action);
                offeredFrom.computeIfAbsent(action.getId(), id -> new TreeSet<>()).add(statusOf(step));
            });
        }
        Map<String, TransitionShape> shapes = new HashMap<>();
        actions.forEach((id, action) -> {
            String key = WorkflowXml.meta(action, "csiloop.transition");
            TransitionShape shape = new TransitionShape(action.getName(), WorkflowXml.meta(action, "jira.i18n.title"),
                    offeredFrom.get(id), statusAt(xml, action.getUnconditionalResult().getStep()),
                    WorkflowXml.validators(action).map(WorkflowXml::describe).collect(Collectors.toSet()),
                    Optional.ofNullable(WorkflowXml.meta(action, "csiloop.resolution")),
                    WorkflowXml.functions(action).filter(WorkflowXml::isOurs).map(WorkflowXml::describe)
                            .collect(Collectors.toSet()));
            if (key == null || shapes.put(key, shape) != null) {
                drift.add(WorkflowStructure.name(action) + " needs a csiloop.transition meta of its own");
            }
        });
        return shapes;
    }

    private static String statusAt(WorkflowDescriptor xml, int stepId) {
        StepDescriptor step = xml.getStep(stepId);
        return step == null ? "(no step " + stepId + ")" : statusOf(step);
    }

    private static String statusOf(StepDescriptor step) {
        return String.valueOf(WorkflowXml.meta(step, "csiloop.status"));
    }

    private static <T> void compare(String kind, Map<String, T> model, Map<String, T> xml, List<String> drift) {
        for (String key : new TreeSet<>(Stream.concat(model.keySet().stream(), xml.keySet().stream()).toList())) {
            if (!xml.containsKey(key)) {
                drift.add(kind + " " + key + " is in the model but not in the XML");
            } else if (!model.containsKey(key)) {
                drift.add(kind + " " + key + " is in the XML but not in the model");
            } else if (!model.get(key).equals(xml.get(key))) {
                drift.add(kind + " " + key + " differs: the model has " + model.get(key) + ", the XML has " + xml.get(key));
            }
        }
    }
}
