package io.csiloop.application.process;

import io.csiloop.application.gate.GateReviews;
import io.csiloop.application.gate.ImprovementCycles;
import io.csiloop.application.kpi.ChangeVerdicts;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.improvement.ImprovementStatus;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.InvalidRecord;
import io.csiloop.kernel.RecordChecks;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.lifecycle.LifecyclePhase;
import io.csiloop.lifecycle.ProjectLifecycle;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.ReportingZone;
import io.csiloop.pack.PackSnapshots;
import io.csiloop.port.IssueRef;
import io.csiloop.improvement.Benefit;
import io.csiloop.port.Issues;
import io.csiloop.port.LinkedIssues;
import io.csiloop.process.GateEvidence;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** An issue in its process: by the names setup gives types and statuses, and nothing else. */
class IssueProcessesTest {

    private static final IssueRef PROJECT = new IssueRef(1, "SVC-1", 10, "Portal", "Lifecycle Project", "Monitor & Control");
    private static final IssueRef IMPROVEMENT = new IssueRef(2, "SVC-2", 10, "Faster", "Improvement", "Collect data");
    private static final IssueRef TASK = new IssueRef(3, "SVC-3", 10, "Patch", "Task", "Planning");

    private final ProcessNames names = new ProcessNames();
    private final GateEvidence evidence = mock(GateEvidence.class);
    private final ImprovementRegister register = mock(ImprovementRegister.class);
    private final Issues issues = mock(Issues.class, CALLS_REAL_METHODS); // byIds over the stubbed byId
    private final ImprovementCycles cycles = new ImprovementCycles(register);
    private final IssueProcesses processes = new IssueProcesses(names, new GateReviews(evidence,
            mock(MeasurementDefinitions.class), mock(DataPoints.class), mock(KpiSnapshots.class), cycles,
            mock(LinkedIssues.class), mock(PackSnapshots.class), new ReportingZone(ZoneOffset.UTC),
            Clock.systemUTC(), mock(ChangeVerdicts.class)), cycles, register, issues);

    @Test
    void shouldKnowTheTypesAndStatusesByTheEnglishNamesSetupGivesThem() {
        assertAll(() -> assertEquals(Optional.of(CsiLoopIssueType.LIFECYCLE_PROJECT), names.type(PROJECT)),
                () -> assertTrue(names.isImprovement(IMPROVEMENT)),
                () -> assertFalse(names.isLifecycleProject(IMPROVEMENT)),
                () -> assertEquals(Optional.empty(), names.type(TASK)),
                () -> assertEquals(Optional.empty(), names.type("improvement"), "compared exactly, as Jira reports it"),
                () -> assertEquals("Improvement", names.name(CsiLoopIssueType.IMPROVEMENT)),
                () -> assertEquals("Monitor & Control", names.name(LifecyclePhase.MONITOR_AND_CONTROL)),
                () -> assertEquals(Optional.of(LifecyclePhase.MONITOR_AND_CONTROL), processes.phase(PROJECT)),
                () -> assertEquals(Optional.of(ImprovementStatus.COLLECT_DATA), processes.step(IMPROVEMENT)),
                () -> assertEquals(Optional.empty(), processes.phase(IMPROVEMENT)),
                () -> assertEquals(Optional.empty(), processes.status(TASK), "a Task's Planning is no lifecycle phase"),
                () -> assertEquals(Optional.empty(), processes.status(withStatus(PROJECT, "monitor-and-control")),
                        "the key is not the name"));
    }

    @Test
    void shouldPlaceTheIssueWithTheGatesAheadAndRefuseAnotherType() {
        when(evidence.of(anyLong())).thenReturn(Map.of());

        ProcessPlace place = processes.place(PROJECT, CsiLoopIssueType.LIFECYCLE_PROJECT);

        NotInProcess refused = assertThrows(NotInProcess.class,
                () -> processes.place(IMPROVEMENT, CsiLoopIssueType.LIFECYCLE_PROJECT));
        assertAll(() -> assertEquals(ProjectLifecycle.WORKFLOW, place.model()),
                () -> assertEquals(Optional.of(LifecyclePhase.MONITOR_AND_CONTROL), place.status()),
                () -> assertEquals(Optional.of("lifecycle.monitor-and-control-exit"), place.transitions().stream()
                        .flatMap(t -> t.gate().stream()).map(GateStanding::gateId).findFirst()),
                () -> assertEquals(Optional.of(CsiLoopIssueType.LIFECYCLE_PROJECT), refused.expectedType()),
                () -> assertEquals("SVC-2", refused.name()));
    }

    @Test
    void shouldRefuseAnswersToAGateOfTheOtherWorkflow() {
        NotInProcess refused = assertThrows(NotInProcess.class,
                () -> processes.answer(PROJECT, "improvement.analyse-data-exit", List.of(), "alice", null));

        assertEquals(Optional.empty(), refused.expectedType());
        assertEquals("improvement.analyse-data-exit", refused.name());
        verify(evidence, never()).answer(anyLong(), any(), any(), any());
    }

    @Test
    void shouldSaveTheRegisterFieldsInTheCurrentCycleAndRefuseAMissingDimension() {
        when(register.find(2)).thenReturn(Optional.of(entry(2, 3)));
        when(register.save(any())).thenAnswer(call -> call.getArgument(0));
        RegisterFields fields = new RegisterFields("Answer faster", null, null, null,
                List.of("VALUE_STREAMS_AND_PROCESSES"), null, "INCIDENT_TREND");

        RegisterEntry saved = processes.saveRegister(IMPROVEMENT, fields);

        InvalidRecord refused = assertThrows(InvalidRecord.class, () -> processes.saveRegister(IMPROVEMENT,
                new RegisterFields(null, null, null, null, Arrays.asList("PARTNERS_AND_SUPPLIERS", null), null, null)));
        assertAll(() -> assertEquals(3, saved.cycle()), () -> assertEquals(10, saved.projectId()),
                () -> assertEquals(Set.of("VALUE_STREAMS_AND_PROCESSES"), saved.fourDimensions()),
                () -> assertEquals(List.of(FieldError.of("fourDimensions[1]", RecordChecks.REQUIRED)), refused.errors()),
                () -> assertThrows(NotInProcess.class, () -> processes.saveRegister(PROJECT, fields)));
    }

    @Test
    void shouldRecordTheRealisedBenefitAtImprovedOnlyAndKeepItAtAnyOtherStatus() {
        IssueRef improved = withStatus(IMPROVEMENT, "Improved");
        Benefit recorded = new Benefit(40.0, "hours per month", LocalDate.of(2027, 3, 31), 35.0, "from the tickets");
        when(register.find(2)).thenReturn(Optional.of(entry(2, 1).withBenefit(recorded)));
        when(register.save(any())).thenAnswer(call -> call.getArgument(0));
        RegisterFields atImproved = new RegisterFields(null, null, null, null, null, null, null, 40.0,
                "hours per month", "2027-03-31", 38.0, "measured over three months");
        RegisterFields withoutRealised = new RegisterFields(null, null, null, null, null, null, null, 50.0,
                "hours per month", null, null, null);

        RegisterEntry measured = processes.saveRegister(improved, atImproved);
        RegisterEntry cleared = processes.saveRegister(improved, withoutRealised);
        RegisterEntry kept = processes.saveRegister(IMPROVEMENT, withoutRealised);

        InvalidRecord early = assertThrows(InvalidRecord.class, () -> processes.saveRegister(IMPROVEMENT, atImproved));
        InvalidRecord noDay = assertThrows(InvalidRecord.class, () -> processes.saveRegister(IMPROVEMENT,
                new RegisterFields(null, null, null, null, null, null, null, null, null, "2027-02-30", null, null)));
        assertAll(() -> assertEquals(new Benefit(40.0, "hours per month", LocalDate.of(2027, 3, 31), 38.0,
                        "measured over three months"), measured.benefit()),
                () -> assertEquals(new Benefit(50.0, "hours per month", null, null, null), cleared.benefit(),
                        "at Improved the realised benefit is what the form says, even nothing"),
                () -> assertEquals(new Benefit(50.0, "hours per month", null, 35.0, "from the tickets"), kept.benefit(),
                        "before (or after) Improved a save keeps the realised benefit recorded"),
                () -> assertEquals(List.of(FieldError.of("realisedValue", IssueProcesses.NOT_IMPROVED),
                        FieldError.of("realisedNote", IssueProcesses.NOT_IMPROVED)), early.errors()),
                () -> assertEquals(List.of(FieldError.of("expectedBy", RegisterFields.NOT_A_DAY, "2027-02-30")),
                        noDay.errors()));
    }

    @Test
    void shouldListTheRegisterByStepLeavingOutIssuesGoneOrAtAnUnknownStatus() {
        when(register.ofProject(10)).thenReturn(List.of(entry(2, 1), entry(4, 1), entry(5, 1)));
        when(issues.byId(2)).thenReturn(Optional.of(IMPROVEMENT));
        when(issues.byId(4)).thenReturn(Optional.of(new IssueRef(4, "SVC-4", 10, "Renamed", "Improvement", "Gather data")));
        when(issues.byId(5)).thenReturn(Optional.empty());

        assertEquals(List.of(new RegisterPlace(IMPROVEMENT, ImprovementStatus.COLLECT_DATA, entry(2, 1))),
                processes.register(10));
    }

    private static IssueRef withStatus(IssueRef issue, String status) {
        return new IssueRef(issue.id(), issue.key(), issue.projectId(), issue.summary(), issue.issueType(), status);
    }

    private static RegisterEntry entry(long issueId, int cycle) {
        return new RegisterEntry(issueId, 10, cycle, null, null, null, null, Set.of(), null, null);
    }
}
