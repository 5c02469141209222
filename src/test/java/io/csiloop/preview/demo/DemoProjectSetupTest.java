package io.csiloop.preview.demo;

import io.csiloop.port.AccessDenied;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.SchemeChange;
import io.csiloop.port.SetupPlan;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class DemoProjectSetupTest {

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final ProjectSchemes schemes = new ProjectSchemes(() -> DriverManager.getConnection(url));
    private final DemoDirectory directory = mock(DemoDirectory.class);
    private final DemoProjectSetup setup = new DemoProjectSetup(directory, schemes);

    @Test
    void shouldReportServiceOperationsAsEnabledToItsAdministrator() {
        administer(DemoDirectory.SERVICE_OPERATIONS.id());
        when(directory.byId(10_000L)).thenReturn(Optional.of(DemoDirectory.SERVICE_OPERATIONS));

        SetupPlan plan = setup.apply(10_000L, false);

        assertEquals(DemoDirectory.SERVICE_OPERATIONS, plan.project());
        assertTrue(plan.enabled());
    }

    @Test
    void shouldPlanToAddAndMapBothIssueTypesInItOperationsAndKeepThemOnceApplied() {
        long ops = DemoDirectory.IT_OPERATIONS.id();
        administer(ops);
        when(directory.byId(ops)).thenReturn(Optional.of(DemoDirectory.IT_OPERATIONS));

        SetupPlan before = setup.plan(ops);
        assertEquals(List.of(SchemeChange.Kind.ADD_ISSUE_TYPES, SchemeChange.Kind.MAP_WORKFLOWS),
                before.changes().stream().map(SchemeChange::kind).toList());
        assertEquals(List.of("Improvement", "Lifecycle Project"), before.changes().get(0).issueTypes());
        assertFalse(before.touchesSharedSchemes());
        assertEquals(List.of(), schemes.csiLoopTypes(ops));

        assertTrue(setup.apply(ops, false).enabled());
        assertEquals(List.of("Improvement", "Lifecycle Project"),
                new ProjectSchemes(() -> DriverManager.getConnection(url)).csiLoopTypes(ops), "kept in the table");
    }

    @Test
    void shouldRefuseAnyoneElseAndUnknownProjectsAlike() {
        when(directory.currentUserMay(ProjectAccess.BROWSE, 10_100L)).thenReturn(true);

        assertThrows(AccessDenied.class, () -> setup.plan(10_100L));
        assertThrows(AccessDenied.class, () -> setup.apply(10_100L, true));
        assertThrows(AccessDenied.class, () -> setup.plan(42L));
        assertEquals(List.of(), schemes.csiLoopTypes(10_100L), "nothing enabled by a refused apply");
    }

    private void administer(long projectId) {
        when(directory.currentUserMay(ProjectAccess.ADMINISTER, projectId)).thenReturn(true);
    }
}
