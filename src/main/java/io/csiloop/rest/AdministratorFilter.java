package io.csiloop.rest;

import io.csiloop.port.GlobalAccess;
import io.csiloop.port.Users;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response.Status;

/**
 * Checks one resource method's {@link RequiresAdministrator} as Jira would: an anonymous caller gets 401, a caller
 * who does not administer Jira 403 naming the permission. {@link AccessFeature} puts it in front of the method.
 */
final class AdministratorFilter implements ContainerRequestFilter {

    private final Users users;
    private final GlobalAccess globalAccess;

    AdministratorFilter(Users users, GlobalAccess globalAccess) {
        this.users = users;
        this.globalAccess = globalAccess;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (users.current().isEmpty()) {
            throw ApiProblem.of(Status.UNAUTHORIZED, Keys.UNAUTHORIZED);
        }
        if (!globalAccess.currentUserIsAdministrator()) {
            throw ApiProblem.of(Status.FORBIDDEN, Keys.MAY_NOT_ADMINISTER_JIRA);
        }
    }
}
