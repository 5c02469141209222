package io.csiloop.application.process;

import io.csiloop.kernel.EnglishMessages;
import io.csiloop.port.IssueRef;
import io.csiloop.process.WorkflowModel;
import io.csiloop.process.WorkflowStatus;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which CSI Loop issue type and which workflow status a Jira issue is in, by the one rule the app has: setup creates
 * the issue types and statuses with the English names of the app's bundle ({@code csiloop.issueType.improvement.name}
 * is "Improvement", {@code csiloop.lifecycle.phase.monitor-and-control.name} is "Monitor &amp; Control"), and Jira
 * reports an issue's type and status by those names, so they are compared exactly. A type or status an
 * administrator renamed is not recognised, and the app then says so instead of guessing.
 */
public final class ProcessNames {

    private final Map<CsiLoopIssueType, String> typeNames = new EnumMap<>(CsiLoopIssueType.class);
    private final Map<String, CsiLoopIssueType> typesByName = new HashMap<>();
    private final Map<WorkflowStatus, String> statusNames = new HashMap<>();

    public ProcessNames() {
        EnglishMessages english = new EnglishMessages();
        for (CsiLoopIssueType type : CsiLoopIssueType.values()) {
            typeNames.put(type, english.text(type.nameKey()));
            typesByName.put(english.text(type.nameKey()), type);
            type.workflow().statuses().forEach(status -> statusNames.put(status, english.text(status.nameKey())));
        }
    }

    /** The CSI Loop issue type Jira names so; empty for any other type. */
    public Optional<CsiLoopIssueType> type(String issueTypeName) {
        return Optional.ofNullable(issueTypeName).map(typesByName::get);
    }

    /** The issue's CSI Loop issue type; empty for an issue of another type. */
    public Optional<CsiLoopIssueType> type(IssueRef issue) {
        return type(issue.issueType());
    }

    public boolean isImprovement(IssueRef issue) {
        return type(issue).filter(CsiLoopIssueType.IMPROVEMENT::equals).isPresent();
    }

    public boolean isLifecycleProject(IssueRef issue) {
        return type(issue).filter(CsiLoopIssueType.LIFECYCLE_PROJECT::equals).isPresent();
    }

    /** The name setup gives the issue type in Jira, by which Jira's search finds its issues. */
    public String name(CsiLoopIssueType type) {
        return typeNames.get(type);
    }

    /** The name setup gives the status in Jira, by which Jira reports an issue in it. */
    public String name(WorkflowStatus status) {
        String name = statusNames.get(status);
        if (name == null) {
            throw new IllegalArgumentException(status + " is no status of a CSI Loop workflow");
        }
        return name;
    }

    /** The model's status that Jira names so; empty when the name is none of the model's. */
    public Optional<WorkflowStatus> status(WorkflowModel model, String statusName) {
        return model.statuses().stream().map(WorkflowStatus.class::cast)
                .filter(status -> statusNames.get(status).equals(statusName)).findFirst();
    }
}
