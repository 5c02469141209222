package io.csiloop.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.plugin.web.Condition;
import io.csiloop.application.process.CsiLoopIssueType;
import io.csiloop.application.process.ProcessNames;

import java.util.Map;

/**
 * Shows a view-issue panel only on issues of one CSI Loop issue type, named by the condition's {@code issueType}
 * param as the {@link CsiLoopIssueType} constant ({@code IMPROVEMENT}, {@code LIFECYCLE_PROJECT}); which Jira issue
 * type that is, {@link ProcessNames} says.
 */
public final class IssueTypeCondition implements Condition {

    private final ProcessNames names;
    private CsiLoopIssueType issueType;

    public IssueTypeCondition(ProcessNames names) {
        this.names = names;
    }

    @Override
    public void init(Map<String, String> params) {
        issueType = CsiLoopIssueType.valueOf(params.getOrDefault("issueType", ""));
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("issue") instanceof Issue issue && issue.getIssueType() != null
                && names.type(issue.getIssueType().getName()).filter(issueType::equals).isPresent();
    }
}
