package io.csiloop.jira.host;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import io.csiloop.port.Access;
import io.csiloop.port.ProjectAccess;

/**
 * The app's access levels mapped onto Jira's project permissions; Jira decides, including for anonymous
 * callers (a null user), so permission schemes, groups and roles apply exactly as for Jira's own screens.
 */
public final class JiraAccess implements Access {

    private final PermissionManager permissions;
    private final ProjectManager projects;
    private final JiraAuthenticationContext authentication;

    public JiraAccess(PermissionManager permissions, ProjectManager projects, JiraAuthenticationContext authentication) {
        this.permissions = permissions;
        this.projects = projects;
        this.authentication = authentication;
    }

    @Override
    public boolean currentUserMay(ProjectAccess what, long projectId) {
        Project project = projects.getProjectObj(projectId);
        return project != null && permissions.hasPermission(permissionFor(what), project, authentication.getLoggedInUser());
    }

    static ProjectPermissionKey permissionFor(ProjectAccess what) {
        return switch (what) {
            case BROWSE -> ProjectPermissions.BROWSE_PROJECTS;
            case EDIT -> ProjectPermissions.EDIT_ISSUES;
            case ADMINISTER -> ProjectPermissions.ADMINISTER_PROJECTS;
        };
    }
}
