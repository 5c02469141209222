package io.csiloop.jira.host;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import io.csiloop.port.GlobalAccess;

/** {@link GlobalAccess}: Jira's "Administer Jira" or "System administrator" global permission of the current user. */
public final class JiraGlobalAccess implements GlobalAccess {

    private final GlobalPermissionManager permissions;
    private final JiraAuthenticationContext authentication;

    public JiraGlobalAccess(GlobalPermissionManager permissions, JiraAuthenticationContext authentication) {
        this.permissions = permissions;
        this.authentication = authentication;
    }

    @Override
    public boolean currentUserIsAdministrator() {
        ApplicationUser user = authentication.getLoggedInUser();
        return user != null && (permissions.hasPermission(GlobalPermissionKey.ADMINISTER, user)
                || permissions.hasPermission(GlobalPermissionKey.SYSTEM_ADMIN, user));
    }
}
