package io.csiloop.rest;

import io.csiloop.port.Access;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.Users;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response.Status;
import java.util.Optional;

/**
 * Checks one resource method's {@link Requires} as Jira would: an anonymous caller gets 401 (REST v2 admits
 * licensed users only, unless a resource says otherwise); a caller who may not browse the project, or names one
 * that does not exist, gets 403 without learning which of the two it is; a caller who may browse but lacks
 * the method's permission gets 403 naming the permission. {@link AccessFeature} builds one per method.
 */
final class AccessFilter implements ContainerRequestFilter {

    private final ProjectAccess required;
    private final Users users;
    private final Access access;
    private final Scopes scopes;

    /** @param required the permission needed; null for a method that declares none, which nobody may call */
    AccessFilter(ProjectAccess required, Users users, Access access, Scopes scopes) {
        this.required = required;
        this.users = users;
        this.access = access;
        this.scopes = scopes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (users.current().isEmpty()) {
            throw ApiProblem.of(Status.UNAUTHORIZED, Keys.UNAUTHORIZED);
        }
        Optional<Long> projectId = projectId(request.getUriInfo().getPathParameters());
        if (required == null || projectId.isEmpty() || !access.currentUserMay(ProjectAccess.BROWSE, projectId.get())) {
            throw ApiProblem.of(Status.FORBIDDEN, Keys.MAY_NOT_BROWSE);
        }
        if (required != ProjectAccess.BROWSE && !access.currentUserMay(required, projectId.get())) {
            throw ApiProblem.of(Status.FORBIDDEN,
                    required == ProjectAccess.EDIT ? Keys.MAY_NOT_EDIT : Keys.MAY_NOT_ADMINISTER);
        }
    }

    private Optional<Long> projectId(MultivaluedMap<String, String> path) {
        if (path.containsKey(Scopes.PROJECT)) {
            return scopes.findProject(path.getFirst(Scopes.PROJECT)).map(p -> p.id());
        }
        if (path.containsKey(Scopes.ISSUE)) {
            return scopes.findIssue(path.getFirst(Scopes.ISSUE)).map(i -> i.projectId());
        }
        return Optional.empty();
    }
}
