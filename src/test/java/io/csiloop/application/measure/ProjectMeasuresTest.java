package io.csiloop.application.measure;

import io.csiloop.application.process.ProcessNames;
import io.csiloop.kernel.FieldError;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.AuditAction;
import io.csiloop.measure.AuditEntry;
import io.csiloop.measure.DefinitionAudit;
import io.csiloop.measure.DefinitionInvalid;
import io.csiloop.measure.DefinitionNotFound;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.Access;
import io.csiloop.port.AccessDenied;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;
import io.csiloop.port.ProjectAccess;
import io.csiloop.port.UserRef;
import io.csiloop.port.Users;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The rules of defining measures, on mocked repositories: the project's scope, the checks, the owner. */
class ProjectMeasuresTest {

    private static final long PROJECT = 10;
    private static final long OTHER_PROJECT = 20;
    private static final IssueRef IMPROVEMENT = new IssueRef(1001, "CSI-1", PROJECT, "Faster", "Improvement", "Plan");
    private static final IssueRef TASK = new IssueRef(1003, "CSI-3", PROJECT, "Fix printer", "Task", "Open");
    private static final IssueRef OTHER_IMPROVEMENT = new IssueRef(2001, "OPS-1", OTHER_PROJECT, "Patch", "Improvement",
            "Plan");
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    private final MeasurementDefinitions definitions = mock(MeasurementDefinitions.class);
    private final DefinitionAudit audit = mock(DefinitionAudit.class);
    private final Issues issues = mock(Issues.class);
    private final Users users = mock(Users.class);
    private final Access access = mock(Access.class);
    private final ProjectMeasures measures = new ProjectMeasures(definitions, audit, issues, users, new ProcessNames(),
            access);

    /** Fred administers the project (who may change which measure: MeasureRightsTest). */
    ProjectMeasuresTest() {
        when(access.currentUserMay(ProjectAccess.ADMINISTER, PROJECT)).thenReturn(true);
        when(users.current()).thenReturn(Optional.of(new UserRef("fred", "Fred")));
        for (IssueRef issue : List.of(IMPROVEMENT, TASK, OTHER_IMPROVEMENT)) {
            when(issues.byId(issue.id())).thenReturn(Optional.of(issue));
        }
    }

    @Test
    void shouldNotFindAnotherProjectsDefinition() {
        when(definitions.find(5)).thenReturn(Optional.of(stored(5, OTHER_PROJECT)));

        assertThrows(DefinitionNotFound.class, () -> measures.inProject(PROJECT, 5));
    }

    @Test
    void shouldRefuseEveryErrorOfTheInputAtOnceAndWriteNothing() {
        DefinitionInput input = new DefinitionInput("1bad", null, null, "%", Direction.WITHIN_BAND, 5.0,
                new DefinitionInput.BandInput(9.0, null), -1.0, null, null, null, null, null, null, null, null, null, null, null, TASK.id(),
                null, null);

        DefinitionInvalid refused = assertThrows(DefinitionInvalid.class, () -> measures.create(PROJECT, input));

        assertEquals(List.of("band.high", "improvementIssueId", "key", "name", "band", "target", "tolerance",
                "aggregation", "period", "source"), refused.errors().stream().map(FieldError::field).toList());
        verify(definitions, never()).create(anyLong(), any(), any(), anyString());
    }

    @Test
    void shouldAcceptOnlyAnImprovementOfTheSameProjectAsOwner() {
        DefinitionInvalid otherProject = assertThrows(DefinitionInvalid.class,
                () -> measures.create(PROJECT, input(OTHER_IMPROVEMENT.id(), null, null)));
        DefinitionInvalid unknown = assertThrows(DefinitionInvalid.class,
                () -> measures.create(PROJECT, input(4242L, null, null)));
        measures.create(PROJECT, input(IMPROVEMENT.id(), null, null));

        assertEquals(List.of(FieldError.of("improvementIssueId", ProjectMeasures.UNKNOWN_IMPROVEMENT)),
                otherProject.errors());
        assertEquals(otherProject.errors(), unknown.errors());
        verify(definitions).create(eq(PROJECT), eq(new Ownership(IMPROVEMENT.id(), "fred")), any(), eq("fred"));
    }

    @Test
    void shouldMakeTheCallerTheOwnerUnlessTheInputNamesOne() {
        measures.create(PROJECT, input(null, " ", null));
        measures.create(PROJECT, input(null, "wilma", null));

        verify(definitions).create(eq(PROJECT), eq(new Ownership(null, "fred")), any(), eq("fred"));
        verify(definitions).create(eq(PROJECT), eq(new Ownership(null, "wilma")), any(), eq("fred"));
    }

    @Test
    void shouldRequireTheVersionReadToReplace() {
        when(definitions.find(5)).thenReturn(Optional.of(stored(5, PROJECT)));

        DefinitionInvalid refused = assertThrows(DefinitionInvalid.class,
                () -> measures.update(PROJECT, 5, input(null, null, null)));
        measures.update(PROJECT, 5, input(null, null, 3));

        assertEquals(List.of(FieldError.of("version", PointInput.REQUIRED)), refused.errors());
        verify(definitions).update(eq(5), eq(3), any(), any(), eq("fred"));
    }

    @Test
    void shouldNotTouchAnotherProjectsDefinition() {
        when(definitions.find(5)).thenReturn(Optional.of(stored(5, OTHER_PROJECT)));

        assertThrows(DefinitionNotFound.class, () -> measures.update(PROJECT, 5, input(null, null, 1)));
        assertThrows(DefinitionNotFound.class, () -> measures.delete(PROJECT, 5, 1));
        verify(definitions, never()).update(anyInt(), anyInt(), any(), any(), anyString());
        verify(definitions, never()).delete(anyInt(), anyInt(), anyString());
    }

    @Test
    void shouldRefuseAWriteWithoutSomeoneLoggedIn() {
        when(users.current()).thenReturn(Optional.empty());

        assertThrows(AccessDenied.class, () -> measures.create(PROJECT, input(null, "wilma", null)));
        verify(definitions, never()).create(anyLong(), any(), any(), anyString());
    }

    @Test
    void shouldShowTheHistoryOnlyWithinTheProjectEvenAfterTheDeletion() {
        AuditEntry created = new AuditEntry(5, PROJECT, 1, AuditAction.CREATED, "fred", AT, null, "{}");
        AuditEntry deleted = new AuditEntry(5, PROJECT, 2, AuditAction.DELETED, "fred", AT, "{}", null);
        when(audit.history(5)).thenReturn(List.of(created, deleted));

        assertEquals(List.of(created, deleted), measures.history(PROJECT, 5));
        assertThrows(DefinitionNotFound.class, () -> measures.history(OTHER_PROJECT, 5));
        assertThrows(DefinitionNotFound.class, () -> measures.history(PROJECT, 6));
    }

    private static DefinitionInput input(Long improvementIssueId, String ownerKey, Integer version) {
        return new DefinitionInput("FCR", "First-contact resolution", null, "%", Direction.HIGHER_IS_BETTER, 80.0,
                null, 5.0, 60.0, Aggregation.AVERAGE, PeriodUnit.MONTH,
                MeasurementSource.MANUAL, null, null, null, null, null, null, null, improvementIssueId, ownerKey, version);
    }

    private static StoredDefinition stored(int id, long projectId) {
        MeasurementDefinition measure = new MeasurementDefinition("FCR", "First-contact resolution", null, "%",
                Direction.HIGHER_IS_BETTER, 80.0, null, 5, 60.0, Aggregation.AVERAGE,
                PeriodUnit.MONTH, MeasurementSource.MANUAL, null, null);
        return new StoredDefinition(id, projectId, new Ownership(null, "fred"), measure, 1, AT, AT);
    }
}
