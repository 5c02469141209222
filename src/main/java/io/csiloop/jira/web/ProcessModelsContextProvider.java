package io.csiloop.jira.web;

import com.atlassian.plugin.web.ContextProvider;
import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.kernel.MessageSource;
import io.csiloop.lifecycle.LifecyclePhase;
import io.csiloop.view.ModelStatus;
import io.csiloop.view.StatusNames;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The context of the CSI pipeline and lifecycle portfolio dashboard items: both process models' statuses in order,
 * as {@code $improvementSteps} and {@code $lifecyclePhases}; the items' scripts sort the project's issues into them.
 */
public final class ProcessModelsContextProvider implements ContextProvider {

    private final StatusNames statuses;
    private final MessageSource messages;

    public ProcessModelsContextProvider(StatusNames statuses, MessageSource messages) {
        this.statuses = statuses;
        this.messages = messages;
    }

    @Override
    public void init(Map<String, String> params) {
        // No params.
    }

    @Override
    public Map<String, Object> getContextMap(Map<String, Object> context) {
        List<ModelStatus> steps = Stream.of(ImprovementStatus.values()).map(s -> new ModelStatus(statuses.jiraName(s),
                s.stepNumber().isPresent() ? s.stepNumber().getAsInt() + " " + text(s.nameKey()) : text(s.nameKey()),
                s.pdcaStage().map(p -> text(p.nameKey())).orElse(""))).toList();
        List<ModelStatus> phases = Stream.of(LifecyclePhase.values())
                .map(p -> new ModelStatus(statuses.jiraName(p), text(p.nameKey()), "")).toList();
        return Map.of("improvementSteps", steps, "lifecyclePhases", phases);
    }

    private String text(String key) {
        return messages.text(key, List.of());
    }
}
