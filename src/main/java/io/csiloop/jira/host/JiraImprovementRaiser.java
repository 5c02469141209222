package io.csiloop.jira.host;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import io.csiloop.application.process.CsiLoopIssueType;
import io.csiloop.application.setup.CsiLoopSetup;
import io.csiloop.port.ImprovementDraft;
import io.csiloop.port.ImprovementRaiser;
import io.csiloop.port.IssueRef;
import io.csiloop.port.RaiseRefused;

import java.util.ArrayList;
import java.util.List;

/**
 * {@link ImprovementRaiser} over Jira's {@link IssueService}: validate, then create, as the draft's user, so that
 * Jira checks "Create Issues" and the project's required fields and fires its events. The issue type is the
 * Improvement type setup installed; the fields are set even where the create screen does not show them.
 */
public final class JiraImprovementRaiser implements ImprovementRaiser {

    private final IssueService issues;
    private final UserManager users;
    private final CsiLoopSetup setup;

    public JiraImprovementRaiser(IssueService issues, UserManager users, CsiLoopSetup setup) {
        this.issues = issues;
        this.users = users;
        this.setup = setup;
    }

    @Override
    public IssueRef raise(ImprovementDraft draft) {
        ApplicationUser user = users.getUserByKey(draft.reporterKey());
        if (user == null || !user.isActive()) {
            throw new RaiseRefused("the user " + draft.reporterKey() + " who configured raising is no longer active");
        }
        String improvementType = setup.installed().map(i -> i.issueTypeIds().get(CsiLoopIssueType.IMPROVEMENT))
                .orElseThrow(() -> new RaiseRefused("CSI Loop's issue types are not installed yet"));
        IssueInputParameters input = issues.newIssueInputParameters();
        input.setProjectId(draft.projectId());
        input.setIssueTypeId(improvementType);
        input.setSummary(draft.summary());
        input.setDescription(draft.description());
        input.setSkipScreenCheck(true);
        IssueService.CreateValidationResult validation = issues.validateCreate(user, input);
        if (!validation.isValid()) {
            throw new RaiseRefused(describe(validation.getErrorCollection()));
        }
        IssueService.IssueResult created = issues.create(user, validation);
        if (!created.isValid()) {
            throw new RaiseRefused(describe(created.getErrorCollection()));
        }
        MutableIssue issue = created.getIssue();
        return new IssueRef(issue.getId(), issue.getKey(), draft.projectId(), issue.getSummary(),
                issue.getIssueType().getName(), issue.getStatus().getName());
    }

    /** Jira's reasons, general and per field, in one line. */
    static String describe(ErrorCollection errors) {
        List<String> reasons = new ArrayList<>(errors.getErrorMessages());
        errors.getErrors().forEach((field, message) -> reasons.add(field + ": " + message));
        return reasons.isEmpty() ? "Jira refused to create the issue" : "Jira refused to create the issue: "
                + String.join("; ", reasons);
    }
}
