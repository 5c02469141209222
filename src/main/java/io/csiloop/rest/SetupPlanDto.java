package io.csiloop.rest;

import io.csiloop.port.ProjectRef;
import io.csiloop.port.ProjectSetupRefused;
import io.csiloop.port.SchemeChange;
import io.csiloop.port.SetupBlocker;
import io.csiloop.port.SetupPlan;
import java.util.List;

/**
 * What enabling CSI Loop in a project would change ({@code GET …/setup}), or still would after applying
 * ({@code POST …/setup}; empty when done). When applying was refused (409), {@code refused} says why and
 * {@code message} says it in English; both are null otherwise.
 *
 * @param enabled whether the project has everything already
 * @param touchesSharedSchemes whether a change affects other projects too, which needs confirming
 */
public record SetupPlanDto(ProjectDto project, boolean enabled, boolean touchesSharedSchemes,
        List<ChangeDto> changes, List<BlockerDto> blockers, ProjectSetupRefused.Reason refused, String message)
        implements JsonBody {

    static SetupPlanDto of(SetupPlan plan, ProjectSetupRefused.Reason refused, String message) {
        return new SetupPlanDto(ProjectDto.of(plan.project()), plan.enabled(), plan.touchesSharedSchemes(),
                plan.changes().stream().map(ChangeDto::of).toList(),
                plan.blockers().stream().map(b -> new BlockerDto(b.issueType(), b.currentWorkflow(), b.schemeName()))
                        .toList(), refused, message);
    }

    /** A project: id, key, name. */
    public record ProjectDto(long id, String key, String name) implements JsonBody {
        static ProjectDto of(ProjectRef project) {
            return new ProjectDto(project.id(), project.key(), project.name());
        }
    }

    /** One scheme change, with the other projects that share the scheme. */
    public record ChangeDto(SchemeChange.Kind kind, String schemeName, List<String> issueTypes,
            List<ProjectDto> sharedWith, boolean defaultScheme, boolean shared) implements JsonBody {
        static ChangeDto of(SchemeChange change) {
            return new ChangeDto(change.kind(), change.schemeName(), change.issueTypes(),
                    change.sharedWith().stream().map(ProjectDto::of).toList(), change.defaultScheme(), change.shared());
        }
    }

    /** What must be resolved in Jira first: an issue type mapped to another workflow in a project with issues. */
    public record BlockerDto(String issueType, String currentWorkflow, String schemeName) implements JsonBody {
    }

    /**
     * The request to apply the plan.
     *
     * @param confirmSharedSchemes true when the administrator agreed to change schemes other projects use;
     *     absent means false
     */
    public record ApplyDto(Boolean confirmSharedSchemes) implements JsonBody {
    }
}
