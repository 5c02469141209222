package io.csiloop.jira.web;

import com.atlassian.plugin.web.ContextProvider;
import io.csiloop.application.process.CsiLoopIssueType;
import io.csiloop.application.process.ProcessNames;
import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.kernel.MessageSource;
import io.csiloop.lifecycle.LifecyclePhase;
import io.csiloop.process.AnswerState;
import io.csiloop.view.ModelStatus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The context of the CSI pipeline and lifecycle portfolio dashboard items: both process models' statuses in order,
 * as {@code $improvementSteps} and {@code $lifecyclePhases}, the Jira names of their issue types as
 * {@code $improvementType} and {@code $lifecycleType}, and the state of an unanswered checklist item as
 * {@code $openState}; the items' scripts search and sort the project's issues by these, spelling none themselves.
 * Like the panels' providers ({@link ViewContext}), it returns the map Jira passed, augmented, as Jira renders the
 * item with exactly what this returns.
 */
public final class ProcessModelsContextProvider implements ContextProvider {

    private final ProcessNames names;
    private final MessageSource messages;

    public ProcessModelsContextProvider(ProcessNames names, MessageSource messages) {
        this.names = names;
        this.messages = messages;
    }

    @Override
    public void init(Map<String, String> params) {
        // No params.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        List<ModelStatus> steps = Stream.of(ImprovementStatus.values()).map(s -> new ModelStatus(names.name(s),
                s.stepNumber().isPresent() ? s.stepNumber().getAsInt() + " " + text(s.nameKey()) : text(s.nameKey()),
                s.pdcaStage().map(p -> text(p.nameKey())).orElse(""))).toList();
        List<ModelStatus> phases = Stream.of(LifecyclePhase.values())
                .map(p -> new ModelStatus(names.name(p), text(p.nameKey()), "")).toList();
        Map<String, Object> result = new HashMap<>(context);
        result.putAll(Map.of("improvementSteps", steps, "lifecyclePhases", phases,
                "improvementType", names.name(CsiLoopIssueType.IMPROVEMENT),
                "lifecycleType", names.name(CsiLoopIssueType.LIFECYCLE_PROJECT), "openState", AnswerState.OPEN.name()));
        return result;
    }

    private String text(String key) {
        return messages.text(key, List.of());
    }
}
