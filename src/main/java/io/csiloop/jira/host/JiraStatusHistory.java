package io.csiloop.jira.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import io.csiloop.port.StatusHistory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The entry into an issue's current status from Jira's change history: the newest change item of the field
 * "status" (each transition that moves the issue writes one, GenerateChangeHistoryFunction), else the issue's
 * creation, where Jira files it in its workflow's initial status without a change item.
 */
public final class JiraStatusHistory implements StatusHistory {

    private static final String STATUS_FIELD = "status";

    private final IssueManager issues;
    private final ChangeHistoryManager changeHistory;

    public JiraStatusHistory(IssueManager issues, ChangeHistoryManager changeHistory) {
        this.issues = issues;
        this.changeHistory = changeHistory;
    }

    @Override
    public Optional<Instant> enteredCurrentStatus(long issueId) {
        Issue issue = issues.getIssueObject(issueId);
        if (issue == null) {
            return Optional.empty();
        }
        List<ChangeItemBean> changes = changeHistory.getChangeItemsForField(issue, STATUS_FIELD);
        return Optional.of(changes.stream().map(c -> c.getCreated().toInstant()).max(Instant::compareTo)
                .orElse(issue.getCreated().toInstant()));
    }
}
