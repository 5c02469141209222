package io.csiloop.jira.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issues from Jira's IssueManager. By key one at a time: IssueManager has no read of many issues by key (a JQL search
 * would, but it answers from the index and by the searcher's permissions, not as {@link Issues} promises).
 */
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

    /** One read of all the issues (IssueManager.getIssueObjects, which leaves out the ids it does not find). */
    @Override
    public Map<Long, IssueRef> byIds(Collection<Long> ids) {
        Map<Long, IssueRef> found = new LinkedHashMap<>();
        objects(issues, ids).forEach(issue -> found.put(issue.getId(), toRef(issue)));
        return found;
    }

    /** The issues of the distinct ids that exist, in one read of the manager; none asked for, no read. */
    static List<Issue> objects(IssueManager manager, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : manager.getIssueObjects(List.copyOf(new LinkedHashSet<>(ids)));
    }

    static IssueRef toRef(Issue issue) {
        return new IssueRef(issue.getId(), issue.getKey(), issue.getProjectId(), issue.getSummary(),
                issue.getIssueType().getName(), issue.getStatus().getName());
    }
}
