package io.csiloop.lifecycle;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.ResultDescriptor;
import com.opensymphony.workflow.loader.StepDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What OSWorkflow 2.7.0 does not check while loading, but Jira needs: every result leads to a step
 * that exists, every step can be reached from "Create", and every step is tied to a Jira status.
 */
public final class WorkflowStructure {

    private WorkflowStructure() {
    }

    /** Every structural problem of the workflow, in plain words; empty when there is none. */
    public static List<String> problems(WorkflowDescriptor workflow) {
        List<String> problems = new ArrayList<>();
        WorkflowXml.allActions(workflow).distinct().forEach(action -> WorkflowXml.results(action).stream()
                .filter(result -> workflow.getStep(result.getStep()) == null)
                .forEach(result -> problems.add(name(action) + " leads to step " + result.getStep()
                        + ", which does not exist")));
        Set<Integer> reachable = reachableSteps(workflow);
        for (StepDescriptor step : WorkflowXml.steps(workflow)) {
            if (!reachable.contains(step.getId())) {
                problems.add(name(step) + " cannot be reached from the initial action");
            }
            if (WorkflowXml.meta(step, "jira.status.id") == null) {
                problems.add(name(step) + " has no jira.status.id meta");
            }
        }
        return problems;
    }

    private static Set<Integer> reachableSteps(WorkflowDescriptor workflow) {
        Set<Integer> reached = new HashSet<>();
        Deque<ActionDescriptor> toFollow = new ArrayDeque<>(WorkflowXml.initialActions(workflow));
        while (!toFollow.isEmpty()) {
            for (ResultDescriptor result : WorkflowXml.results(toFollow.pop())) {
                StepDescriptor step = workflow.getStep(result.getStep());
                if (step != null && reached.add(step.getId())) {
                    toFollow.addAll(WorkflowXml.actions(step));
                    toFollow.addAll(WorkflowXml.globalActions(workflow));
                }
            }
        }
        return reached;
    }

    static String name(ActionDescriptor action) {
        return "action " + action.getId() + " \"" + action.getName() + "\"";
    }

    static String name(StepDescriptor step) {
        return "step " + step.getId() + " \"" + step.getName() + "\"";
    }
}
