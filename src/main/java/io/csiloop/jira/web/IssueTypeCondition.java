package io.csiloop.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;

import java.util.Map;

/**
 * Shows a view-issue panel only on issues of one type, named by the condition's {@code issueType} param
 * ("Improvement", "Lifecycle Project": the names setup gives the app's issue types).
 */
public final class IssueTypeCondition implements Condition {

    private String issueType = "";

    public IssueTypeCondition() {
        // Jira builds conditions by constructor; the issue type comes with init.
    }

    @Override
    public void init(Map<String, String> params) {
        issueType = params.getOrDefault("issueType", "");
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && issue.getIssueType() != null
                && issueType.equals(issue.getIssueType().getName());
    }
}
