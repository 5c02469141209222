package io.csiloop.preview.demo;

import io.csiloop.kernel.MessageSource;
import io.csiloop.port.ImprovementDraft;
import io.csiloop.port.ImprovementRaiser;
import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.RaiseRefused;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the app raises itself (an improvement from a project's lesson), filed as Jira's {@code IssueService} would
 * file it for the draft's user: through the preview's one create, the Create dialog's, so the same checks apply
 * (the user may create issues in the project, the project has the Improvement type, the summary is valid), the
 * issue starts in the Improvement workflow's initial status with the user as reporter, and its key comes from the
 * one allocation every new issue takes.
 */
public final class PreviewImprovementRaiser implements ImprovementRaiser {

    static final String IMPROVEMENT = "Improvement";

    private final IssueCreation creation;
    private final DemoDirectory directory;
    private final MessageSource messages;

    public PreviewImprovementRaiser(IssueCreation creation, DemoDirectory directory, MessageSource messages) {
        this.creation = creation;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    public IssueRef raise(ImprovementDraft draft) {
        String projectKey = directory.byId(draft.projectId()).map(ProjectRef::key)
                .orElseThrow(() -> new RaiseRefused("the project " + draft.projectId() + " does not exist"));
        IssueCreation.Outcome outcome = creation.createAs(draft.reporterKey(), new IssueCreation.Request(projectKey,
                IMPROVEMENT, draft.summary(), draft.description(), null, null));
        return outcome.created().map(IssueDetails::ref).orElseThrow(() -> new RaiseRefused("the preview refused to"
                + " create the issue: " + outcome.errors().entrySet().stream()
                .map(e -> e.getKey() + ": " + messages.text(e.getValue(), List.of()))
                .collect(Collectors.joining("; "))));
    }
}
