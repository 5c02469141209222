package io.csiloop.port;

import java.util.List;
import java.util.Objects;

/**
 * What enabling CSI Loop would change in one project.
 *
 * @param project  the project
 * @param changes  the scheme changes, in the order they would be made; empty when CSI Loop is enabled already
 * @param blockers what must be resolved in Jira first (the plan cannot be applied while there are any)
 */
public record SetupPlan(ProjectRef project, List<SchemeChange> changes, List<SetupBlocker> blockers) {

    public SetupPlan {
        Objects.requireNonNull(project, "project");
        changes = List.copyOf(changes);
        blockers = List.copyOf(blockers);
    }

    /** Whether the project has everything already: nothing to change, nothing blocking. */
    public boolean enabled() {
        return changes.isEmpty() && blockers.isEmpty();
    }

    /** Whether a change would also affect other projects, which needs the administrator's confirmation. */
    public boolean touchesSharedSchemes() {
        return changes.stream().anyMatch(SchemeChange::shared);
    }
}
