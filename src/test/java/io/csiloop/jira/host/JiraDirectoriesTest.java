package io.csiloop.jira.host;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.csiloop.port.IssueRef;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.UserRef;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The users, projects and issues ports over Jira's managers. */
class JiraDirectoriesTest {

    @Test
    void shouldTranslateTheLoggedInUserAndAnonymous() {
        JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
        ApplicationUser user = ada();
        JiraUsers users = new JiraUsers(authentication);

        assertEquals(Optional.empty(), users.current());
        when(authentication.getLoggedInUser()).thenReturn(user);
        assertEquals(Optional.of(new UserRef("JIRAUSER10100", "Ada Lovelace")), users.current());
    }

    @Test
    void shouldFindPeopleByKeyThroughTheUserManager() {
        UserManager manager = mock(UserManager.class);
        ApplicationUser user = ada();
        when(manager.getUserByKey("JIRAUSER10100")).thenReturn(user);
        JiraUserDirectory people = new JiraUserDirectory(manager);

        assertEquals(Optional.of(new UserRef("JIRAUSER10100", "Ada Lovelace")), people.userByKey("JIRAUSER10100"));
        assertEquals(Optional.empty(), people.userByKey("JIRAUSER10999"), "a key Jira does not know");
        assertEquals(Optional.empty(), people.userByKey(null));
    }

    @Test
    void shouldFindProjectsByIdAndCurrentKey() {
        ProjectManager manager = mock(ProjectManager.class);
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(10000L);
        when(project.getKey()).thenReturn("ITSM");
        when(project.getName()).thenReturn("IT Service Management");
        when(manager.getProjectObj(10000L)).thenReturn(project);
        when(manager.getProjectByCurrentKey("ITSM")).thenReturn(project);
        JiraProjects projects = new JiraProjects(manager);

        ProjectRef expected = new ProjectRef(10000L, "ITSM", "IT Service Management");
        assertEquals(Optional.of(expected), projects.byId(10000L));
        assertEquals(Optional.of(expected), projects.byKey("ITSM"));
        assertEquals(Optional.empty(), projects.byKey("GONE"));
    }

    @Test
    void shouldFindIssuesWithTheirTypeAndStatus() {
        IssueManager manager = mock(IssueManager.class);
        MutableIssue issue = mock(MutableIssue.class);
        IssueType type = mock(IssueType.class);
        Status status = mock(Status.class);
        when(type.getName()).thenReturn("Improvement");
        when(status.getName()).thenReturn("Collect data");
        when(issue.getId()).thenReturn(20000L);
        when(issue.getKey()).thenReturn("ITSM-7");
        when(issue.getProjectId()).thenReturn(10000L);
        when(issue.getSummary()).thenReturn("Cut time to resolve P2 incidents");
        when(issue.getIssueType()).thenReturn(type);
        when(issue.getStatus()).thenReturn(status);
        when(manager.getIssueObject(20000L)).thenReturn(issue);
        when(manager.getIssueByCurrentKey("ITSM-7")).thenReturn(issue);
        JiraIssues issues = new JiraIssues(manager);

        IssueRef expected = new IssueRef(20000L, "ITSM-7", 10000L, "Cut time to resolve P2 incidents", "Improvement", "Collect data");
        assertEquals(Optional.of(expected), issues.byId(20000L));
        assertEquals(Optional.of(expected), issues.byKey("ITSM-7"));
        assertEquals(Optional.empty(), issues.byId(1L));

        // many ids in one read of IssueManager, which leaves out what it does not find
        when(manager.getIssueObjects(List.of(20000L, 1L))).thenReturn(List.of(issue));
        assertEquals(Map.of(20000L, expected), issues.byIds(List.of(20000L, 1L, 20000L)));
        verify(manager, times(1)).getIssueObject(20000L); // the byId above only: the batch reads none one by one
    }

    private static ApplicationUser ada() {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn("JIRAUSER10100");
        when(user.getDisplayName()).thenReturn("Ada Lovelace");
        return user;
    }
}
