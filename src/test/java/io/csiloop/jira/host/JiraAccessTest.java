package io.csiloop.jira.host;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import io.csiloop.port.ProjectAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class JiraAccessTest {

    private final PermissionManager permissions = mock(PermissionManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final JiraAccess access = new JiraAccess(permissions, projects, authentication);
    private final Project project = mock(Project.class);
    private final ApplicationUser user = mock(ApplicationUser.class);

    @ParameterizedTest
    @CsvSource({"BROWSE, BROWSE_PROJECTS", "EDIT, EDIT_ISSUES", "ADMINISTER, ADMINISTER_PROJECTS"})
    void shouldAskJiraForThePermissionOfEachAccessLevel(ProjectAccess what, String jiraPermission) {
        assertEquals(new ProjectPermissionKey(jiraPermission), JiraAccess.permissionFor(what));
    }

    @Test
    void shouldGrantWhatJiraGrantsTheLoggedInUser() {
        when(projects.getProjectObj(10L)).thenReturn(project);
        when(authentication.getLoggedInUser()).thenReturn(user);
        when(permissions.hasPermission(ProjectPermissions.EDIT_ISSUES, project, user)).thenReturn(true);

        assertTrue(access.currentUserMay(ProjectAccess.EDIT, 10L));
        assertFalse(access.currentUserMay(ProjectAccess.ADMINISTER, 10L));
    }

    @Test
    void shouldCheckAnonymousCallersAsJiraDoesWithANullUser() {
        when(projects.getProjectObj(10L)).thenReturn(project);
        when(permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, null)).thenReturn(true);

        assertTrue(access.currentUserMay(ProjectAccess.BROWSE, 10L));
    }

    @Test
    void shouldRefuseAProjectThatDoesNotExistWithoutAskingJira() {
        assertFalse(access.currentUserMay(ProjectAccess.BROWSE, 99L));
        verifyNoInteractions(permissions);
    }

    @Test
    void shouldNotGrantWhenJiraSaysNo() {
        when(projects.getProjectObj(10L)).thenReturn(project);
        when(permissions.hasPermission(any(ProjectPermissionKey.class), any(Project.class), any())).thenReturn(false);

        assertFalse(access.currentUserMay(ProjectAccess.BROWSE, 10L));
    }
}
