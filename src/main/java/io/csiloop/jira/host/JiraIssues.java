package io.csiloop.jira.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;

import java.util.Optional;

/** Issues from Jira's IssueManager. */
public final class JiraIssues implements Issues {

    private final IssueManager issues;

    public JiraIssues(IssueManager issues) {
        this.issues = issues;
    }

    @Override
    public Optional<IssueRef> byId(long id) {
        return Optional.ofNullable(issues.getIssueObject(id)).map(JiraIssues::toRef);
    }

    @Override
    public Optional<IssueRef> byKey(String key) {
        return Optional.ofNullable(issues.getIssueByCurrentKey(key)).map(JiraIssues::toRef);
    }

    static IssueRef toRef(Issue issue) {
        return new IssueRef(issue.getId(), issue.getKey(), issue.getProjectId(), issue.getSummary(),
                issue.getIssueType().getName(), issue.getStatus().getName());
    }
}
