package io.csiloop.preview.demo;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectRef;

import java.lang.reflect.Proxy;
import java.util.Map;

/**
 * The Jira objects a page hands to web panels ({@code issue}, {@code project}), made from the preview's issues and
 * projects. Each answers the getters of Jira's interface that the preview knows (id, key, name, summary, type,
 * status, project) and throws for anything else, so an app class that reaches further into Jira than the
 * preview supports fails visibly here instead of silently inside Jira.
 */
public final class JiraObjects {

    private JiraObjects() {
    }

    public static Project project(ProjectRef project) {
        return proxy(Project.class, Map.of("getId", project.id(), "getKey", project.key(), "getName", project.name()));
    }

    public static Issue issue(IssueRef issue, ProjectRef project) {
        return proxy(Issue.class, Map.of("getId", issue.id(), "getKey", issue.key(), "getProjectId", issue.projectId(),
                "getSummary", issue.summary(), "getProjectObject", project(project),
                "getIssueType", proxy(IssueType.class, Map.of("getName", issue.issueType(), "getId", issue.issueType())),
                "getStatus", proxy(Status.class, Map.of("getName", issue.status(), "getId", issue.status())),
                "isSubTask", false));
    }

    private static <T> T proxy(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
            if (answers.containsKey(method.getName())) {
                return answers.get(method.getName());
            }
            return switch (method.getName()) {
                case "toString" -> type.getSimpleName() + answers;
                case "hashCode" -> answers.hashCode();
                case "equals" -> self == args[0];
                default -> throw new UnsupportedOperationException("the preview's " + type.getSimpleName()
                        + " does not answer " + method.getName());
            };
        }));
    }
}
