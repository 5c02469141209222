package io.csiloop.jira.setup;

import io.csiloop.application.setup.CsiLoopSetup;
import io.csiloop.application.setup.FakeSetupCatalog;
import io.csiloop.application.setup.SetupCatalog;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class SetupOnEnableTest {

    @Test
    void startingThePluginRunsSetup() {
        FakeSetupCatalog jira = new FakeSetupCatalog();

        new SetupOnEnable(new CsiLoopSetup(jira)).onStart();

        assertEquals(2, jira.issueTypes.size());
    }

    @Test
    void aFailingSetupDoesNotStopThePluginFromStarting() {
        SetupCatalog broken = mock(SetupCatalog.class);
        when(broken.resolutionId("Done")).thenThrow(new IllegalStateException("database down"));

        assertDoesNotThrow(() -> new SetupOnEnable(new CsiLoopSetup(broken)).onStart());
    }
}
