package io.csiloop.view;

import io.csiloop.kernel.MessageSource;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.SchemeChange;
import io.csiloop.port.SetupBlocker;
import io.csiloop.port.SetupPlan;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the page "Enable CSI Loop for this project" shows, every sentence translated in advance: the template
 * only reads these getters (they are the Velocity allowlist's entries) and escapes them, since project and
 * scheme names are administrators' text.
 */
public final class ProjectSetupPage {

    private final ProjectRef project;
    private final MessageSource messages;
    private final List<String> changes;
    private final List<String> blockers;
    private final boolean shared;
    private final String problem;

    private ProjectSetupPage(ProjectRef project, MessageSource messages, SetupPlan plan, String problem) {
        this.project = project;
        this.messages = messages;
        this.problem = problem;
        this.changes = plan == null ? List.of() : plan.changes().stream().map(this::describe).toList();
        this.blockers = plan == null ? List.of() : plan.blockers().stream().map(this::describe).toList();
        this.shared = plan != null && plan.touchesSharedSchemes();
    }

    /** The page for a plan. */
    public static ProjectSetupPage of(SetupPlan plan, MessageSource messages) {
        return new ProjectSetupPage(plan.project(), messages, plan, "");
    }

    /** The page when no plan can be made; {@code problemKey} says why. */
    public static ProjectSetupPage unavailable(ProjectRef project, MessageSource messages, String problemKey) {
        return new ProjectSetupPage(project, messages, null, messages.text(problemKey, List.of()));
    }

    public String getProjectKey() {
        return project.key();
    }

    public String getTitle() {
        return text("csiloop.projectSetup.title", project.name());
    }

    public String getIntro() {
        return text("csiloop.projectSetup.intro");
    }

    public String getProblem() {
        return problem;
    }

    public boolean isEnabled() {
        return problem.isEmpty() && changes.isEmpty() && blockers.isEmpty();
    }

    public String getEnabledText() {
        return text("csiloop.projectSetup.enabled");
    }

    public String getPlanHeading() {
        return text("csiloop.projectSetup.plan");
    }

    public List<String> getChanges() {
        return changes;
    }

    public List<String> getBlockers() {
        return blockers;
    }

    public boolean isBlocked() {
        return !blockers.isEmpty();
    }

    public boolean isShared() {
        return shared;
    }

    public String getSharedWarning() {
        return text("csiloop.projectSetup.shared.warning");
    }

    public String getConfirmLabel() {
        return text("csiloop.projectSetup.shared.confirm");
    }

    public String getApplyLabel() {
        return text("csiloop.projectSetup.apply");
    }

    /** The REST resource that applies the plan, below the REST API's base ({@code CSILoop.api}). */
    public String getRestPath() {
        return "projects/" + project.key() + "/setup";
    }

    private String describe(SchemeChange change) {
        String types = String.join(", ", change.issueTypes());
        String sentence = text("csiloop.projectSetup.change." + change.kind().name(), types, change.schemeName());
        if (change.defaultScheme()) {
            return sentence + " " + text("csiloop.projectSetup.change.defaultScheme");
        }
        if (!change.sharedWith().isEmpty()) {
            return sentence + " " + text("csiloop.projectSetup.change.sharedWith",
                    change.sharedWith().stream().map(p -> p.name() + " (" + p.key() + ")").collect(Collectors.joining(", ")));
        }
        return sentence;
    }

    private String describe(SetupBlocker blocker) {
        return text("csiloop.projectSetup.blocker", blocker.issueType(), blocker.currentWorkflow(), blocker.schemeName());
    }

    private String text(String key, Object... params) {
        return messages.text(key, List.of(params));
    }
}
