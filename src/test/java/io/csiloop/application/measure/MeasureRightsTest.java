package io.csiloop.application.measure;

import io.csiloop.application.process.ProcessNames;
import io.csiloop.kernel.FieldError;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DefinitionAudit;
import io.csiloop.measure.DefinitionInvalid;
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

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Who may change which measure of a project: project administrators every measure; users with Edit Issues the
 * measures of an improvement (define, edit, link to it, unlink), never a measure of the project's own, never a
 * deletion; everyone else nothing. And an edit that names no improvement keeps the measure's link.
 */
class MeasureRightsTest {

    private static final long PROJECT = 10;
    private static final IssueRef IMPROVEMENT = new IssueRef(1001, "CSI-1", PROJECT, "Faster", "Improvement", "Plan");
    private static final IssueRef OTHER = new IssueRef(1002, "CSI-2", PROJECT, "Kinder", "Improvement", "Plan");
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    private final MeasurementDefinitions definitions = mock(MeasurementDefinitions.class);
    private final Issues issues = mock(Issues.class);
    private final Users users = mock(Users.class);
    private final Access access = mock(Access.class);
    private final ProjectMeasures measures = new ProjectMeasures(definitions, mock(DefinitionAudit.class), issues,
            users, new ProcessNames(), access);

    MeasureRightsTest() {
        when(users.current()).thenReturn(Optional.of(new UserRef("edna", "Edna")));
        for (IssueRef issue : List.of(IMPROVEMENT, OTHER)) {
            when(issues.byId(issue.id())).thenReturn(Optional.of(issue));
        }
        when(definitions.find(5)).thenReturn(Optional.of(stored(5, IMPROVEMENT.id(), 3)));
        when(definitions.find(6)).thenReturn(Optional.of(stored(6, null, 2)));
        when(definitions.find(7)).thenReturn(Optional.of(stored(7, OTHER.id(), 1)));
        when(definitions.update(anyInt(), anyInt(), any(), any(), anyString())).thenAnswer(call -> new StoredDefinition(
                call.getArgument(0), PROJECT, call.getArgument(2), call.getArgument(3),
                (int) call.getArgument(1) + 1, AT, AT));
    }

    private void mayEdit() {
        when(access.currentUserMay(ProjectAccess.EDIT, PROJECT)).thenReturn(true);
    }

    private void mayAdminister() {
        when(access.currentUserMay(ProjectAccess.EDIT, PROJECT)).thenReturn(true);
        when(access.currentUserMay(ProjectAccess.ADMINISTER, PROJECT)).thenReturn(true);
    }

    @Test
    void shouldLetAnEditorDefineAMeasureOfTheImprovementOnly() {
        mayEdit();

        measures.create(PROJECT, input(IMPROVEMENT.id(), null));
        AccessDenied projectMeasure = assertThrows(AccessDenied.class, () -> measures.create(PROJECT, input(null, null)));

        verify(definitions).create(eq(PROJECT), eq(new Ownership(IMPROVEMENT.id(), "edna")), any(), eq("edna"));
        assertEquals(ProjectAccess.ADMINISTER, projectMeasure.needed());
        assertEquals(ProjectMeasures.PROJECT_MEASURE, projectMeasure.messageKey());
    }

    @Test
    void shouldLetAnEditorEditAndUnlinkTheImprovementsMeasuresButNotTheProjects() {
        mayEdit();

        StoredDefinition edited = measures.update(PROJECT, 5, input(null, 3));
        StoredDefinition unlinked = measures.unlink(PROJECT, 5, 4);
        AccessDenied editProjects = assertThrows(AccessDenied.class, () -> measures.update(PROJECT, 6, input(null, 2)));
        AccessDenied unlinkProjects = assertThrows(AccessDenied.class, () -> measures.unlink(PROJECT, 6, 2));

        assertAll(() -> assertEquals(IMPROVEMENT.id(), edited.ownership().improvementIssueId()),
                () -> assertNull(unlinked.ownership().improvementIssueId()),
                () -> assertEquals("fred", unlinked.ownership().ownerKey(), "unlinking keeps who answers for it"),
                () -> assertEquals(ProjectAccess.ADMINISTER, editProjects.needed()),
                () -> assertEquals(ProjectAccess.ADMINISTER, unlinkProjects.needed()));
    }

    @Test
    void shouldLetAnEditorLinkAProjectMeasureToTheImprovementKeepingItsFields() {
        mayEdit();

        StoredDefinition linked = measures.link(PROJECT, 6, IMPROVEMENT.id(), 2);

        assertEquals(new Ownership(IMPROVEMENT.id(), "fred"), linked.ownership());
        assertEquals(stored(6, null, 2).definition(), linked.definition());
        verify(definitions).update(eq(6), eq(2), eq(new Ownership(IMPROVEMENT.id(), "fred")), any(), eq("edna"));
    }

    @Test
    void shouldRefuseToLinkToSomethingThatIsNoImprovementOfTheProject() {
        mayEdit();
        when(issues.byId(1003)).thenReturn(Optional.of(new IssueRef(1003, "CSI-3", PROJECT, "Printer", "Task", "Open")));

        DefinitionInvalid refused = assertThrows(DefinitionInvalid.class, () -> measures.link(PROJECT, 6, 1003, 2));

        assertEquals(List.of(FieldError.of("improvementIssueId", ProjectMeasures.UNKNOWN_IMPROVEMENT)), refused.errors());
        verify(definitions, never()).update(anyInt(), anyInt(), any(), any(), anyString());
    }

    @Test
    void shouldLetOnlyAnAdministratorDelete() {
        mayEdit();

        AccessDenied refused = assertThrows(AccessDenied.class, () -> measures.delete(PROJECT, 5, 3));
        mayAdminister();
        measures.delete(PROJECT, 5, 3);

        assertEquals(ProjectAccess.ADMINISTER, refused.needed());
        verify(definitions).delete(5, 3, "edna");
    }

    @Test
    void shouldLetAnAdministratorChangeEveryMeasure() {
        mayAdminister();

        measures.create(PROJECT, input(null, null));
        measures.update(PROJECT, 6, input(null, 2));
        measures.link(PROJECT, 6, OTHER.id(), 2);
        measures.unlink(PROJECT, 7, 1);

        verify(definitions).create(eq(PROJECT), eq(new Ownership(null, "edna")), any(), eq("edna"));
        verify(definitions).update(eq(6), eq(2), eq(new Ownership(OTHER.id(), "fred")), any(), eq("edna"));
        verify(definitions).update(eq(7), eq(1), eq(new Ownership(null, "fred")), any(), eq("edna"));
        assertTrue(measures.mayChange(PROJECT, null));
    }

    @Test
    void shouldLetSomeoneWhoMayOnlyBrowseChangeNothing() {
        List<AccessDenied> refusals = List.of(
                assertThrows(AccessDenied.class, () -> measures.create(PROJECT, input(IMPROVEMENT.id(), null))),
                assertThrows(AccessDenied.class, () -> measures.update(PROJECT, 5, input(null, 3))),
                assertThrows(AccessDenied.class, () -> measures.link(PROJECT, 6, IMPROVEMENT.id(), 2)),
                assertThrows(AccessDenied.class, () -> measures.unlink(PROJECT, 5, 3)));

        assertTrue(refusals.stream().allMatch(r -> r.needed() == ProjectAccess.EDIT), "each needs Edit Issues");
        assertFalse(measures.mayChange(PROJECT, IMPROVEMENT.id()));
        verify(definitions, never()).create(anyLong(), any(), any(), anyString());
        verify(definitions, never()).update(anyInt(), anyInt(), any(), any(), anyString());
    }

    /** The journey's bug: the project page's form sends no improvement, and saving it dropped the link. */
    @Test
    void shouldKeepTheLinkOfAnEditThatNamesNoImprovement() {
        mayAdminister();

        StoredDefinition edited = measures.update(PROJECT, 5, input(null, 3));

        assertEquals(IMPROVEMENT.id(), edited.ownership().improvementIssueId());
        verify(definitions).update(eq(5), eq(3), eq(new Ownership(IMPROVEMENT.id(), "edna")), any(), eq("edna"));
    }

    @Test
    void shouldMoveTheLinkOfAnEditThatNamesAnotherImprovement() {
        mayEdit();

        StoredDefinition moved = measures.update(PROJECT, 5, input(OTHER.id(), 3));

        assertEquals(OTHER.id(), moved.ownership().improvementIssueId());
    }

    private static DefinitionInput input(Long improvementIssueId, Integer version) {
        return new DefinitionInput("CHG", "Change lead time", null, "days", Direction.LOWER_IS_BETTER, 2.0,
                null, null, null, Aggregation.AVERAGE, PeriodUnit.WEEK, MeasurementSource.MANUAL, "Lead time per change",
                "Ticket timestamps", null, null, null, null, null, improvementIssueId, null, version);
    }

    private static StoredDefinition stored(int id, Long improvementIssueId, int version) {
        MeasurementDefinition measure = new MeasurementDefinition("M" + id, "Measure " + id, null, "h",
                Direction.LOWER_IS_BETTER, 4.0, null, 0, null, Aggregation.AVERAGE,
                PeriodUnit.WEEK, MeasurementSource.MANUAL, null, null);
        return new StoredDefinition(id, PROJECT, new Ownership(improvementIssueId, "fred"), measure, version, AT, AT);
    }
}
