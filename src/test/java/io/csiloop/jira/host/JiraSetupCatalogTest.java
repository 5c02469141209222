package io.csiloop.jira.host;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.ConfigurableJiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.atlassian.jira.workflow.WorkflowUtil;
import com.opensymphony.workflow.loader.WorkflowDescriptor;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;
import org.mockito.MockedStatic;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class JiraSetupCatalogTest {

    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final StatusManager statuses = mock(StatusManager.class);
    private final StatusCategoryManager categories = mock(StatusCategoryManager.class);
    private final ResolutionManager resolutions = mock(ResolutionManager.class);
    private final WorkflowManager workflows = mock(WorkflowManager.class);
    private final WorkflowSchemeManager schemes = mock(WorkflowSchemeManager.class);
    private final JiraSetupCatalog catalog =
            new JiraSetupCatalog(issueTypes, statuses, categories, resolutions, workflows, schemes);

    @Test
    void findsIssueTypesAndStatusesByNameIgnoringCase() {
        IssueType improvement = mock(IssueType.class);
        when(improvement.getName()).thenReturn("IMPROVEMENT");
        when(improvement.getId()).thenReturn("4");
        when(issueTypes.getIssueTypes()).thenReturn(List.of(improvement));
        Status closed = mock(Status.class);
        when(closed.getName()).thenReturn("Closed");
        when(closed.getId()).thenReturn("6");
        when(statuses.getStatuses()).thenReturn(List.of(closed));

        assertEquals(Optional.of("4"), catalog.issueTypeId("Improvement"));
        assertEquals(Optional.empty(), catalog.issueTypeId("Lifecycle Project"));
        assertEquals(Optional.of("6"), catalog.statusId("closed"));
    }

    @Test
    void createsAStatusInTheJiraCategoryWithTheSameKey() {
        StatusCategory inProgress = mock(StatusCategory.class);
        when(categories.getStatusCategoryByKey("indeterminate")).thenReturn(inProgress);
        Status created = mock(Status.class);
        when(created.getId()).thenReturn("10100");
        when(statuses.createStatus("Planning", "Plan it.", JiraSetupCatalog.STATUS_ICON, inProgress)).thenReturn(created);

        assertEquals("10100", catalog.createStatus("Planning", "Plan it.", io.csiloop.process.StatusCategory.IN_PROGRESS));
    }

    @Test
    void theModelsStatusCategoriesCarryJirasOwnKeys() {
        assertEquals(StatusCategory.TO_DO, io.csiloop.process.StatusCategory.TO_DO.key());
        assertEquals(StatusCategory.IN_PROGRESS, io.csiloop.process.StatusCategory.IN_PROGRESS.key());
        assertEquals(StatusCategory.COMPLETE, io.csiloop.process.StatusCategory.DONE.key());
    }

    @Test
    void createsAWorkflowAsJirasXmlImportDoes() {
        WorkflowDescriptor descriptor = new WorkflowDescriptor();
        try (MockedStatic<WorkflowUtil> util = mockStatic(WorkflowUtil.class);
             MockedConstruction<ConfigurableJiraWorkflow> built = mockConstruction(ConfigurableJiraWorkflow.class,
                     (workflow, context) -> assertEquals(List.of("CSI Loop: X", descriptor, workflows), context.arguments()))) {
            util.when(() -> WorkflowUtil.convertXMLtoWorkflowDescriptor("<workflow/>")).thenReturn(descriptor);

            catalog.createWorkflow("CSI Loop: X", "the X workflow", "<workflow/>");

            ConfigurableJiraWorkflow workflow = built.constructed().get(0);
            verify(workflow).setDescription("the X workflow");
            verify(workflows).createWorkflow((ApplicationUser) isNull(), any(ConfigurableJiraWorkflow.class));
        }
    }

    @Test
    void createsTheSchemeWithEveryMapping() {
        AssignableWorkflowScheme.Builder builder = mock(AssignableWorkflowScheme.Builder.class, RETURNS_SELF);
        AssignableWorkflowScheme built = mock(AssignableWorkflowScheme.class);
        AssignableWorkflowScheme stored = mock(AssignableWorkflowScheme.class);
        when(schemes.assignableBuilder()).thenReturn(builder);
        when(builder.build()).thenReturn(built);
        when(schemes.createScheme(built)).thenReturn(stored);
        when(stored.getId()).thenReturn(10200L);

        long id = catalog.createWorkflowScheme("CSI Loop", "maps", Map.of("4", "CSI Loop: Seven-Step Improvement"));

        assertEquals(10200L, id);
        verify(builder).setName("CSI Loop");
        verify(builder).setMapping("4", "CSI Loop: Seven-Step Improvement");
    }

    @Test
    void refusesNamingEachOptionalServiceJiraDidNotProvide() {
        JiraSetupCatalog withoutThem = new JiraSetupCatalog(issueTypes, AbsentService.of(StatusManager.class),
                AbsentService.of(StatusCategoryManager.class), AbsentService.of(ResolutionManager.class), workflows, schemes);

        HostServiceMissing statusesMissing = assertThrows(HostServiceMissing.class, () -> withoutThem.statusId("Planning"));
        assertEquals("StatusManager", statusesMissing.service());
        assertEquals("Jira did not provide StatusManager; setup cannot continue.", statusesMissing.getMessage());
        assertEquals("StatusCategoryManager", assertThrows(HostServiceMissing.class, () -> withoutThem
                .createStatus("Planning", "", io.csiloop.process.StatusCategory.TO_DO)).service());
        assertEquals("ResolutionManager", assertThrows(HostServiceMissing.class, () -> withoutThem.resolutionId("Done")).service());
        assertEquals("ResolutionManager", assertThrows(HostServiceMissing.class,
                () -> withoutThem.createResolution("Done", "")).service());
    }

    @Test
    void passesOnAnyOtherFailureOfAnOptionalService() {
        IllegalStateException databaseDown = new IllegalStateException("database down");
        when(resolutions.getResolutionByName("Done")).thenThrow(databaseDown);

        assertSame(databaseDown, assertThrows(IllegalStateException.class, () -> catalog.resolutionId("Done")));
    }
}
