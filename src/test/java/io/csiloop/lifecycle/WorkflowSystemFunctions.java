package io.csiloop.lifecycle;

import com.opensymphony.workflow.loader.ActionDescriptor;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import io.csiloop.process.Route;
import io.csiloop.process.TransitionEffect;
import io.csiloop.process.WorkflowModel;
import io.csiloop.process.WorkflowTransition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Jira's own post-functions, which make a transition actually move an issue, in the order Jira's exported
 * workflows carry them: "Create" creates, reindexes and fires the created event (1); every other action sets
 * or clears the resolution where the model says so, updates the status, adds the comment, writes the change
 * history, then runs the app's functions, reindexes and fires the generic event (13).
 */
public final class WorkflowSystemFunctions {

    static final String FUNCTION = "com.atlassian.jira.workflow.function.";

    private WorkflowSystemFunctions() {
    }

    /** Every action whose post-functions differ from Jira's usual order, in plain words; empty when none does. */
    public static List<String> problems(WorkflowModel model, WorkflowDescriptor xml) {
        List<String> problems = new ArrayList<>();
        WorkflowXml.allActions(xml).distinct().forEach(action -> {
            List<String> actual = WorkflowXml.functions(action).map(WorkflowXml::describe).toList();
            List<String> ours = WorkflowXml.functions(action).filter(WorkflowXml::isOurs).map(WorkflowXml::describe).toList();
            List<String> expected = expected(model, action, ours);
            if (!expected.equals(actual)) {
                problems.add(WorkflowStructure.name(action) + " runs " + actual + " instead of " + expected);
            }
        });
        return problems;
    }

    private static List<String> expected(WorkflowModel model, ActionDescriptor action, List<String> ours) {
        List<String> functions = new ArrayList<>();
        String transitionKey = WorkflowXml.meta(action, "csiloop.transition");
        if (transitionKey == null) {
            functions.add(system("issue.IssueCreateFunction"));
            functions.add(system("issue.IssueReindexFunction"));
            functions.add(system("event.FireIssueEventFunction", "eventTypeId", "1"));
            return functions;
        }
        resolutionValue(model, transitionKey).ifPresent(value ->
                functions.add(system("issue.UpdateIssueFieldFunction", "field.name", "resolution", "field.value", value)));
        functions.add(system("issue.UpdateIssueStatusFunction"));
        functions.add(system("misc.CreateCommentFunction"));
        functions.add(system("issue.GenerateChangeHistoryFunction"));
        functions.addAll(ours);
        functions.add(system("issue.IssueReindexFunction"));
        functions.add(system("event.FireIssueEventFunction", "eventTypeId", "13"));
        return functions;
    }

    /** The resolution token into done, "" (cleared) when the transition starts the next cycle, else none. */
    private static Optional<String> resolutionValue(WorkflowModel model, String transitionKey) {
        Optional<Route> route = model.transitions().stream().filter(t -> t.key().equals(transitionKey))
                .findFirst().map(WorkflowTransition::route);
        Optional<String> resolved = route.flatMap(Route::resolution).map(r -> "@csiloop.resolution." + r.key() + "@");
        boolean clears = route.map(r -> r.effects().contains(TransitionEffect.START_NEXT_CYCLE)).orElse(false);
        return clears ? Optional.of("") : resolved;
    }

    private static String system(String simpleName, String... args) {
        Map<String, String> all = new HashMap<>();
        all.put("class.name", FUNCTION + simpleName);
        for (int i = 0; i < args.length; i += 2) {
            all.put(args[i], args[i + 1]);
        }
        return WorkflowXml.describe("class", all);
    }
}
