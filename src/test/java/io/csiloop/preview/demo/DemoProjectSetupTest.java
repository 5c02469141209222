package io.csiloop.preview.demo;

import io.csiloop.port.AccessDenied;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.ProjectRef;
import io.csiloop.port.SetupPlan;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class DemoProjectSetupTest {

    private final DemoDirectory directory = mock(DemoDirectory.class);
    private final DemoProjectSetup setup = new DemoProjectSetup(directory);
    private final ProjectRef project = new ProjectRef(10_000L, "SVC", "Service Operations");

    @Test
    void shouldReportADemoProjectAsEnabledToItsAdministrator() {
        when(directory.currentUserMay(ProjectAccess.ADMINISTER, 10_000L)).thenReturn(true);
        when(directory.byId(10_000L)).thenReturn(Optional.of(project));

        SetupPlan plan = setup.apply(10_000L, false);

        assertEquals(project, plan.project());
        assertTrue(plan.enabled());
    }

    @Test
    void shouldRefuseAnyoneElseAndUnknownProjectsAlike() {
        when(directory.currentUserMay(ProjectAccess.BROWSE, 10_000L)).thenReturn(true);

        assertThrows(AccessDenied.class, () -> setup.plan(10_000L));
        assertThrows(AccessDenied.class, () -> setup.plan(42L));
    }
}
