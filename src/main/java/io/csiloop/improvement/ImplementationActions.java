package io.csiloop.improvement;

import io.csiloop.process.MissingEvidence;

import java.util.List;

/**
 * The improvement actions the team carries out at step 7. Whether the action issues linked in Jira
 * are resolved is a separate fact the host supplies.
 *
 * @param actions what is being changed; blank entries do not count
 */
public record ImplementationActions(List<String> actions) {

    public ImplementationActions {
        actions = List.copyOf(actions);
    }

    public static ImplementationActions empty() {
        return new ImplementationActions(List.of());
    }

    public List<MissingEvidence> missing() {
        return ImprovementCheck.ACTION_RECORDED.unlessAnyWritten(actions);
    }
}
