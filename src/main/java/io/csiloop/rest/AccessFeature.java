package io.csiloop.rest;

import io.csiloop.port.Access;
import io.csiloop.port.GlobalAccess;
import io.csiloop.port.Users;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Puts an {@link AccessFilter} in front of every resource method of the API, with the permission its
 * {@link Requires} names (none: nobody passes), or an {@link AdministratorFilter} in front of one that
 * {@link RequiresAdministrator}. Standard JAX-RS, so Jira's REST module and the preview's Jersey apply it alike, and
 * the check runs before the request body is read.
 */
@Provider
public final class AccessFeature implements DynamicFeature {

    private final Users users;
    private final Access access;
    private final Scopes scopes;
    private final GlobalAccess globalAccess;

    @Inject
    public AccessFeature(Users users, Access access, Scopes scopes, GlobalAccess globalAccess) {
        this.users = users;
        this.access = access;
        this.scopes = scopes;
        this.globalAccess = globalAccess;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        String ours = getClass().getPackageName();
        String theirs = resourceInfo.getResourceClass().getPackageName();
        if (!theirs.equals(ours) && !theirs.startsWith(ours + ".")) {
            return; // only our own resources
        }
        if (resourceInfo.getResourceMethod().isAnnotationPresent(RequiresAdministrator.class)) {
            context.register(new AdministratorFilter(users, globalAccess), Priorities.AUTHORIZATION);
            return;
        }
        Requires requires = resourceInfo.getResourceMethod().getAnnotation(Requires.class);
        context.register(new AccessFilter(requires == null ? null : requires.value(), users, access, scopes),
                Priorities.AUTHORIZATION);
    }
}
