package io.csiloop.jira.host;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import io.csiloop.application.process.CsiLoopIssueType;
import io.csiloop.application.setup.CsiLoopSetup;
import io.csiloop.application.setup.Installation;
import io.csiloop.port.ImprovementDraft;
import io.csiloop.port.IssueRef;
import io.csiloop.port.RaiseRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Raising an Improvement through Jira's issue service, mocked. */
class JiraImprovementRaiserTest {

    private static final ImprovementDraft DRAFT = new ImprovementDraft(10_000L, "alice-key",
            "KPI MTTR (Mean time to restore): off target for 3 periods", "The KPI needs attention.");

    private final IssueService issues = mock(IssueService.class);
    private final UserManager users = mock(UserManager.class);
    private final CsiLoopSetup setup = mock(CsiLoopSetup.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final IssueInputParameters input = mock(IssueInputParameters.class);
    private final IssueService.CreateValidationResult validation = mock(IssueService.CreateValidationResult.class);
    private final IssueService.IssueResult result = mock(IssueService.IssueResult.class);
    private final JiraImprovementRaiser raiser = new JiraImprovementRaiser(issues, users, setup);

    @BeforeEach
    void jira() {
        when(users.getUserByKey("alice-key")).thenReturn(alice);
        when(alice.isActive()).thenReturn(true);
        when(setup.installed()).thenReturn(Optional.of(new Installation(
                Map.of(CsiLoopIssueType.IMPROVEMENT, "10101", CsiLoopIssueType.LIFECYCLE_PROJECT, "10100"),
                Map.of(CsiLoopIssueType.IMPROVEMENT, "CSI Loop: Seven-Step Improvement"), 1L)));
        when(issues.newIssueInputParameters()).thenReturn(input);
        when(issues.validateCreate(alice, input)).thenReturn(validation);
        when(issues.create(alice, validation)).thenReturn(result);
    }

    @Test
    void createsAnImprovementInTheProjectAsTheConfiguringUser() {
        when(validation.isValid()).thenReturn(true);
        when(result.isValid()).thenReturn(true);
        MutableIssue created = mock(MutableIssue.class);
        when(created.getId()).thenReturn(20_001L);
        when(created.getKey()).thenReturn("OPS-42");
        when(created.getSummary()).thenReturn(DRAFT.summary());
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn("Improvement");
        when(created.getIssueType()).thenReturn(type);
        Status status = mock(Status.class);
        when(status.getName()).thenReturn("Identify the approach");
        when(created.getStatus()).thenReturn(status);
        when(result.getIssue()).thenReturn(created);

        IssueRef issue = raiser.raise(DRAFT);

        assertEquals(new IssueRef(20_001L, "OPS-42", 10_000L, DRAFT.summary(), "Improvement", "Identify the approach"), issue);
        verify(input).setProjectId(10_000L);
        verify(input).setIssueTypeId("10101");
        verify(input).setSummary(DRAFT.summary());
        verify(input).setDescription(DRAFT.description());
        verify(input).setSkipScreenCheck(true);
    }

    @Test
    void jirasRefusalIsReportedWithItsReasonsAndNothingIsCreated() {
        when(validation.isValid()).thenReturn(false);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrorMessages()).thenReturn(List.of("You do not have permission to create issues in this project."));
        when(errors.getErrors()).thenReturn(Map.of("components", "Component/s is required."));
        when(validation.getErrorCollection()).thenReturn(errors);

        RaiseRefused refused = assertThrows(RaiseRefused.class, () -> raiser.raise(DRAFT));

        assertEquals("Jira refused to create the issue: You do not have permission to create issues in this project.; "
                + "components: Component/s is required.", refused.getMessage());
        verify(issues, never()).create(any(), any());
    }

    @Test
    void anInactiveUserOrAMissingInstallationRaisesNothing() {
        when(setup.installed()).thenReturn(Optional.empty());
        assertThrows(RaiseRefused.class, () -> raiser.raise(DRAFT));
        when(alice.isActive()).thenReturn(false);
        assertThrows(RaiseRefused.class, () -> raiser.raise(DRAFT));
        verify(issues, never()).validateCreate(any(), any());
    }
}
