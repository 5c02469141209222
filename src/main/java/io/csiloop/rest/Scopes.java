package io.csiloop.rest;

import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.Projects;
import jakarta.ws.rs.core.Response.Status;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the project or issue a request path names, by numeric id or by key, as Jira's own REST API accepts
 * either. Used by {@link AccessFilter} to check permissions and by the resources to know their subject.
 */
public final class Scopes {

    /** The path parameter naming a project by id or key. */
    public static final String PROJECT = "projectIdOrKey";
    /** The path parameter naming an issue by id or key. */
    public static final String ISSUE = "issueIdOrKey";

    private static final int MAX_ID_DIGITS = 18; // every 18-digit number fits a long

    private final Projects projects;
    private final Issues issues;

    public Scopes(Projects projects, Issues issues) {
        this.projects = projects;
        this.issues = issues;
    }

    public Optional<ProjectRef> findProject(String idOrKey) {
        if (idOrKey == null || idOrKey.isBlank()) {
            return Optional.empty();
        }
        return isId(idOrKey) ? projects.byId(Long.parseLong(idOrKey)) : projects.byKey(idOrKey);
    }

    public Optional<IssueRef> findIssue(String idOrKey) {
        if (idOrKey == null || idOrKey.isBlank()) {
            return Optional.empty();
        }
        return isId(idOrKey) ? issues.byId(Long.parseLong(idOrKey)) : issues.byKey(idOrKey);
    }

    /**
     * The issues named by id or key that exist, in the order named: one read of the ids and one of the keys, however
     * many are named.
     */
    public List<IssueRef> findIssues(List<String> idsOrKeys) {
        List<String> named = idsOrKeys.stream().filter(n -> n != null && !n.isBlank()).toList();
        Map<Long, IssueRef> byId = issues.byIds(named.stream().filter(Scopes::isId).map(Long::parseLong).toList());
        Map<String, IssueRef> byKey = issues.byKeys(named.stream().filter(n -> !isId(n)).toList());
        return named.stream().map(n -> isId(n) ? byId.get(Long.parseLong(n)) : byKey.get(n))
                .filter(Objects::nonNull).toList();
    }

    /** The project of a request that {@link AccessFilter} let through (so it exists). */
    public ProjectRef project(String idOrKey) {
        return findProject(idOrKey).orElseThrow(() -> ApiProblem.of(Status.FORBIDDEN, Keys.MAY_NOT_BROWSE));
    }

    /** The issue of a request that {@link AccessFilter} let through (so it exists). */
    public IssueRef issue(String idOrKey) {
        return findIssue(idOrKey).orElseThrow(() -> ApiProblem.of(Status.FORBIDDEN, Keys.MAY_NOT_BROWSE));
    }

    private static boolean isId(String text) {
        return text.length() <= MAX_ID_DIGITS && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
