package io.csiloop.jira.setup;

import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import io.csiloop.application.setup.CsiLoopSetup;
import io.csiloop.application.setup.FakeSetupCatalog;
import io.csiloop.application.setup.SetupCatalog;
import io.csiloop.jira.host.AbsentService;
import io.csiloop.jira.host.HostServiceMissing;
import io.csiloop.jira.host.JiraSetupCatalog;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SetupOnEnableTest {

    @Test
    void startingThePluginRunsSetup() {
        FakeSetupCatalog jira = new FakeSetupCatalog();

        new SetupOnEnable(new CsiLoopSetup(jira), new LastSetup()).onStart();

        assertEquals(2, jira.issueTypes.size());
    }

    @Test
    void aFailingSetupDoesNotStopThePluginFromStarting() {
        SetupCatalog broken = mock(SetupCatalog.class);
        when(broken.resolutionId("Done")).thenThrow(new IllegalStateException("database down"));

        assertDoesNotThrow(() -> new SetupOnEnable(new CsiLoopSetup(broken), new LastSetup()).onStart());
    }

    @Test
    void aServiceJiraDidNotProvideStopsSetupAndIsRemembered() {
        LastSetup lastSetup = new LastSetup();
        JiraSetupCatalog withoutResolutions = new JiraSetupCatalog(mock(IssueTypeManager.class), mock(StatusManager.class),
                mock(StatusCategoryManager.class), AbsentService.of(ResolutionManager.class), mock(WorkflowManager.class),
                mock(WorkflowSchemeManager.class));

        assertDoesNotThrow(() -> new SetupOnEnable(new CsiLoopSetup(withoutResolutions), lastSetup).onStart());

        assertEquals(Optional.of("ResolutionManager"), lastSetup.missingService());
    }

    @Test
    void aLaterRunThatFindsTheServiceForgetsIt() {
        LastSetup lastSetup = new LastSetup();
        SetupCatalog withoutStatuses = mock(SetupCatalog.class);
        when(withoutStatuses.resolutionId("Done")).thenThrow(new HostServiceMissing(StatusManager.class,
                new IllegalStateException("ServiceUnavailableException")));
        new SetupOnEnable(new CsiLoopSetup(withoutStatuses), lastSetup).onStart();

        new SetupOnEnable(new CsiLoopSetup(new FakeSetupCatalog()), lastSetup).onStart();

        assertEquals(Optional.empty(), lastSetup.missingService());
    }
}
