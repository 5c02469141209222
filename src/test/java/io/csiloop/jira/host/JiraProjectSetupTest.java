package io.csiloop.jira.host;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.scheme.Scheme;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import io.csiloop.application.setup.CsiLoopSetup;
import io.csiloop.application.setup.FakeSetupCatalog;
import io.csiloop.jira.setup.LastSetup;
import io.csiloop.jira.setup.SetupOnEnable;
import io.csiloop.port.Access;
import io.csiloop.port.AccessDenied;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.ProjectSetupRefused;
import io.csiloop.port.SchemeChange;
import io.csiloop.port.SetupBlocker;
import io.csiloop.port.SetupNotInstalled;
import io.csiloop.port.SetupPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class JiraProjectSetupTest {

    private final Access access = mock(Access.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final IssueTypeSchemeManager issueTypeSchemes = mock(IssueTypeSchemeManager.class);
    private final WorkflowSchemeManager workflowSchemes = mock(WorkflowSchemeManager.class);
    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final IssueManager issues = mock(IssueManager.class);
    private final FakeSetupCatalog catalog = new FakeSetupCatalog();
    private final JiraProjectSetup projectSetup = new JiraProjectSetup(access, projects, new CsiLoopSetup(catalog),
            issueTypeSchemes, workflowSchemes, issueTypes, issues, new LastSetup());

    private final Project ops = project(10_000L, "OPS");
    private final Project hr = project(10_001L, "HR");
    private final FieldConfigScheme typeScheme = mock(FieldConfigScheme.class);
    private final AssignableWorkflowScheme workflowScheme = mock(AssignableWorkflowScheme.class);
    private final List<IssueType> typesInProject = new ArrayList<>(List.of(issueType("1", "Task")));
    private final Map<String, String> mappings = new HashMap<>();
    private String lifecycleId;
    private String improvementId;

    @BeforeEach
    void jiraWithCsiLoopInstalled() {
        new CsiLoopSetup(catalog).ensure();
        lifecycleId = catalog.issueTypes.get("Lifecycle Project");
        improvementId = catalog.issueTypes.get("Improvement");
        IssueType lifecycle = issueType(lifecycleId, "Lifecycle Project");
        IssueType improvement = issueType(improvementId, "Improvement");
        when(issueTypes.getIssueType(lifecycleId)).thenReturn(lifecycle);
        when(issueTypes.getIssueType(improvementId)).thenReturn(improvement);
        when(projects.getProjectObj(10_000L)).thenReturn(ops);
        when(access.currentUserMay(ProjectAccess.ADMINISTER, 10_000L)).thenReturn(true);
        when(issueTypeSchemes.getIssueTypesForProject(ops)).thenAnswer(call -> List.copyOf(typesInProject));
        when(issueTypeSchemes.getConfigScheme(ops)).thenReturn(typeScheme);
        when(typeScheme.getName()).thenReturn("OPS issue types");
        when(typeScheme.getAssociatedProjectObjects()).thenReturn(List.of(ops));
        when(workflowSchemes.getWorkflowSchemeObj(ops)).thenReturn(workflowScheme);
        when(workflowScheme.getName()).thenReturn("OPS workflows");
        when(workflowScheme.getMappings()).thenReturn(mappings);
        when(workflowSchemes.getProjectsUsing(workflowScheme)).thenReturn(List.of(ops));
    }

    @Test
    void plansBothIssueTypesAndTheirWorkflowsForAProjectWithSchemesOfItsOwn() {
        SetupPlan plan = projectSetup.plan(10_000L);

        assertEquals(List.of(
                new SchemeChange(SchemeChange.Kind.ADD_ISSUE_TYPES, "OPS issue types",
                        List.of("Lifecycle Project", "Improvement"), List.of(), false),
                new SchemeChange(SchemeChange.Kind.MAP_WORKFLOWS, "OPS workflows",
                        List.of("Lifecycle Project", "Improvement"), List.of(), false)), plan.changes());
        assertEquals(false, plan.touchesSharedSchemes());
        verify(issueTypeSchemes, never()).update(any(), any());
    }

    @Test
    void appliesThePlanToTheProjectsOwnSchemes() {
        AssignableWorkflowScheme.Builder builder = mock(AssignableWorkflowScheme.Builder.class, RETURNS_SELF);
        AssignableWorkflowScheme updated = mock(AssignableWorkflowScheme.class);
        when(workflowScheme.builder()).thenReturn(builder);
        when(builder.build()).thenReturn(updated);

        projectSetup.apply(10_000L, false);

        verify(issueTypeSchemes).update(typeScheme, List.of("1", lifecycleId, improvementId));
        verify(builder).setMapping(lifecycleId, "CSI Loop: Project Lifecycle");
        verify(builder).setMapping(improvementId, "CSI Loop: Seven-Step Improvement");
        verify(workflowSchemes).updateWorkflowScheme(updated);
    }

    @Test
    void refusesToChangeASchemeOtherProjectsShareUnlessConfirmed() {
        when(workflowSchemes.getProjectsUsing(workflowScheme)).thenReturn(List.of(ops, hr));
        when(workflowScheme.builder()).thenReturn(mock(AssignableWorkflowScheme.Builder.class, RETURNS_SELF));

        ProjectSetupRefused refused = assertThrows(ProjectSetupRefused.class, () -> projectSetup.apply(10_000L, false));

        assertEquals(ProjectSetupRefused.Reason.SHARED_SCHEMES_NOT_CONFIRMED, refused.reason());
        assertEquals(List.of(new ProjectRef(10_001L, "HR", "HR project")), refused.plan().changes().get(1).sharedWith());
        verify(issueTypeSchemes, never()).update(any(), any());
        verify(workflowSchemes, never()).updateWorkflowScheme(any());

        projectSetup.apply(10_000L, true);

        verify(workflowSchemes).updateWorkflowScheme(any());
    }

    @Test
    void addingToJirasDefaultIssueTypeSchemeCountsAsShared() {
        when(issueTypeSchemes.isDefaultIssueTypeScheme(typeScheme)).thenReturn(true);
        when(workflowScheme.builder()).thenReturn(mock(AssignableWorkflowScheme.Builder.class, RETURNS_SELF));

        assertThrows(ProjectSetupRefused.class, () -> projectSetup.apply(10_000L, false));
        projectSetup.apply(10_000L, true);

        verify(issueTypeSchemes).addOptionToDefault(lifecycleId);
        verify(issueTypeSchemes).addOptionToDefault(improvementId);
    }

    @Test
    void aProjectOnJirasDefaultWorkflowSchemeMovesToTheCsiLoopScheme() {
        when(workflowScheme.isDefault()).thenReturn(true);
        Scheme csiLoop = mock(Scheme.class);
        when(workflowSchemes.getSchemeObject(1L)).thenReturn(csiLoop);

        SetupPlan plan = projectSetup.apply(10_000L, false);

        assertEquals(SchemeChange.Kind.USE_APP_WORKFLOW_SCHEME, projectSetup.plan(10_000L).changes().get(1).kind());
        verify(workflowSchemes).removeSchemesFromProject(ops);
        verify(workflowSchemes).addSchemeToProject(ops, csiLoop);
        assertTrue(plan.changes().size() <= 2);
    }

    @Test
    void anIssueTypeInUseWithAnotherWorkflowBlocksTheChange() {
        typesInProject.add(issueType(improvementId, "Improvement"));
        mappings.put(improvementId, "Software Simplified Workflow");
        when(issues.getIssueCountForProject(10_000L)).thenReturn(12L);

        ProjectSetupRefused refused = assertThrows(ProjectSetupRefused.class, () -> projectSetup.apply(10_000L, true));

        assertEquals(ProjectSetupRefused.Reason.BLOCKED, refused.reason());
        assertEquals(List.of(new SetupBlocker("Improvement", "Software Simplified Workflow", "OPS workflows")),
                refused.plan().blockers());
        verify(issueTypeSchemes, never()).update(any(), any());
    }

    @Test
    void onlyAProjectAdministratorMayPlanOrApply() {
        when(access.currentUserMay(ProjectAccess.ADMINISTER, 10_000L)).thenReturn(false);

        assertThrows(AccessDenied.class, () -> projectSetup.plan(10_000L));
        assertThrows(AccessDenied.class, () -> projectSetup.apply(10_000L, true));
        assertThrows(AccessDenied.class, () -> projectSetup.plan(99L), "an unknown project looks the same");
        verifyNoInteractions(issueTypeSchemes, workflowSchemes);
    }

    @Test
    void withoutTheInstallationThereIsNothingToPlan() {
        JiraProjectSetup beforeSetup = new JiraProjectSetup(access, projects, new CsiLoopSetup(new FakeSetupCatalog()),
                issueTypeSchemes, workflowSchemes, issueTypes, issues, new LastSetup());

        SetupNotInstalled notInstalled = assertThrows(SetupNotInstalled.class, () -> beforeSetup.plan(10_000L));
        assertEquals(Optional.empty(), notInstalled.missingService(), "enabling the app again may help");
    }

    @Test
    void refusesNamingTheServiceJiraDidNotProvideToSetup() {
        LastSetup lastSetup = new LastSetup();
        JiraSetupCatalog withoutThem = new JiraSetupCatalog(issueTypes, AbsentService.of(StatusManager.class),
                AbsentService.of(StatusCategoryManager.class), AbsentService.of(ResolutionManager.class),
                mock(WorkflowManager.class), workflowSchemes);
        CsiLoopSetup setup = new CsiLoopSetup(withoutThem);
        new SetupOnEnable(setup, lastSetup).onStart();
        JiraProjectSetup projectSetup = new JiraProjectSetup(access, projects, setup, issueTypeSchemes, workflowSchemes,
                issueTypes, issues, lastSetup);

        SetupNotInstalled refused = assertThrows(SetupNotInstalled.class, () -> projectSetup.apply(10_000L, true));

        assertEquals(Optional.of("ResolutionManager"), refused.missingService());
        assertEquals("Jira did not provide ResolutionManager; setup cannot continue", refused.getMessage());
        verify(workflowSchemes, never()).addSchemeToProject(any(), any());
    }

    private static Project project(long id, String key) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        when(project.getName()).thenReturn(key + " project");
        return project;
    }

    private static IssueType issueType(String id, String name) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
    }
}
