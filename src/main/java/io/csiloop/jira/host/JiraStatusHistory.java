package io.csiloop.jira.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.history.ChangeItemBean;
import io.csiloop.port.StatusHistory;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        return Optional.ofNullable(issues.getIssueObject(issueId)).map(this::entered);
    }

    /**
     * The issues in one read, then each one's status change items: the batched read of change histories Jira once
     * published (getChangeHistoriesForUser of many issues, Jira 5.1) could not be confirmed in 11.3's API, so the
     * history stays one read per issue.
     */
    @Override
    public Map<Long, Instant> enteredCurrentStatus(Collection<Long> issueIds) {
        Map<Long, Instant> entered = new LinkedHashMap<>();
        JiraIssues.objects(issues, issueIds).forEach(issue -> entered.put(issue.getId(), entered(issue)));
        return entered;
    }

    private Instant entered(Issue issue) {
        List<ChangeItemBean> changes = changeHistory.getChangeItemsForField(issue, STATUS_FIELD);
        return changes.stream().map(c -> c.getCreated().toInstant()).max(Instant::compareTo)
                .orElse(issue.getCreated().toInstant());
    }
}
