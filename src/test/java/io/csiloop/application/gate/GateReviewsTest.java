package io.csiloop.application.gate;

import io.csiloop.application.kpi.ChangeVerdicts;
import io.csiloop.improvement.BeforeAfterVerdict;
import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.InvalidRecord;
import io.csiloop.kpi.GoLive;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.kpi.KpiValue;
import io.csiloop.kpi.Period;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.measure.Aggregation;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.Direction;
import io.csiloop.measure.MeasurementDefinition;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.PeriodUnit;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.pack.PackSnapshots;
import io.csiloop.port.LinkedIssues;
import io.csiloop.process.AnswerState;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.GateEvidence;
import io.csiloop.process.GateVerdict;
import io.csiloop.process.MissingEvidence;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class GateReviewsTest {

    private static final long ISSUE = 7L;

    private final GateEvidence evidence = mock(GateEvidence.class);
    private final MeasurementDefinitions definitions = mock(MeasurementDefinitions.class);
    private final DataPoints points = mock(DataPoints.class);
    private final KpiSnapshots snapshots = mock(KpiSnapshots.class);
    private final ImprovementRegister register = mock(ImprovementRegister.class);
    private final LinkedIssues links = mock(LinkedIssues.class);
    private final PackSnapshots packs = mock(PackSnapshots.class);
    /** Today is 2026-03-10 in the reporting zone (UTC). */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T15:00:00Z"), ZoneOffset.UTC);

    private final GateReviews reviews = new GateReviews(evidence, definitions, points, snapshots,
            new ImprovementCycles(register), links, packs, new ReportingZone(ZoneOffset.UTC), CLOCK,
            new ChangeVerdicts((measures, from, to, zone) -> Map.of(), (measures, moment) -> Map.of(), CLOCK,
                    new ReportingZone(ZoneOffset.UTC)));

    @Test
    void anEmptyCharterMissesPurposeObjectiveAndRiskReview() {
        when(evidence.of(ISSUE)).thenReturn(Map.of());

        GateVerdict verdict = reviews.evaluate(ISSUE, "lifecycle.initiation-exit");

        assertEquals(List.of("csiloop.evidence.charter.purpose.missing", "csiloop.evidence.charter.objective.missing",
                "csiloop.evidence.charter.risks.unreviewed", "csiloop.evidence.gateDecision.missing"), verdict.missing().stream().map(MissingEvidence::messageKey).toList());
    }

    @Test
    void unresolvedLinkedWorkHoldsTheProjectInMonitorAndControl() {
        when(evidence.of(ISSUE)).thenReturn(StoredItems.of(Map.of("lifecycle.monitor-and-control-exit",
                List.of(new EvidenceAnswer("progress-report", "WRITTEN", "all green"),
                        new EvidenceAnswer("progress.transition", "WRITTEN", "operations trained"),
                        new EvidenceAnswer("gate-decision", "GO", null)))));
        when(links.unresolvedKeys(ISSUE)).thenReturn(List.of("OPS-12"));

        GateVerdict verdict = reviews.evaluate(ISSUE, "lifecycle.monitor-and-control-exit");

        assertEquals(List.of(new MissingEvidence("csiloop.evidence.linkedWork.unresolved", List.of("OPS-12"))), verdict.missing());
    }

    @Test
    void anImprovementGateIsJudgedInTheCurrentCycle() {
        when(register.find(ISSUE)).thenReturn(Optional.of(entry(2)));
        when(evidence.of(ISSUE)).thenReturn(Map.of());
        when(definitions.ofImprovement(ISSUE)).thenReturn(List.of(mttr(1)));
        when(points.countInCycle(1, 2)).thenReturn(0);

        GateVerdict verdict = reviews.evaluate(ISSUE, "improvement.collect-data-exit");

        assertEquals(List.of(new MissingEvidence("csiloop.evidence.data.missing", List.of("Time to restore", 2))), verdict.missing());
    }

    @Test
    void anUnknownGateIdIsRefusedByName() {
        UnknownGate refused = assertThrows(UnknownGate.class, () -> reviews.evaluate(ISSUE, "lifecycle.nowhere"));

        assertEquals("no CSI Loop gate has the id 'lifecycle.nowhere'", refused.getMessage());
    }

    @Test
    void aPassageOfAnImprovementGateIsRecordedForItsCycle() {
        when(register.find(ISSUE)).thenReturn(Optional.of(entry(3)));

        reviews.recordPassage(ISSUE, "improvement.analyse-data-exit", "alice");

        verify(evidence).answer(ISSUE, "improvement.analyse-data-exit",
                List.of(new EvidenceAnswer("cycle-3.gate-passed", "PASSED", null)), "alice");
    }

    @Test
    void thePassagesOfEveryGateComeFromOneReadOfTheIssuesEvidenceInTheCurrentCycle() {
        when(register.find(ISSUE)).thenReturn(Optional.of(entry(3)));
        when(evidence.of(ISSUE)).thenReturn(StoredItems.of(Map.of(
                "improvement.collect-data-exit", List.of(new EvidenceAnswer("cycle-2.gate-passed", "PASSED", null)),
                "improvement.analyse-data-exit", List.of(new EvidenceAnswer("cycle-3.gate-passed", "PASSED", null)))));

        Map<String, Instant> passages = reviews.passages(ISSUE, List.of(ImprovementGate.COLLECT_DATA_EXIT,
                ImprovementGate.ANALYSE_DATA_EXIT, ImprovementGate.PRESENT_KNOWLEDGE_EXIT));

        assertEquals(Map.of("improvement.analyse-data-exit", Instant.EPOCH), passages,
                "collect data was passed in cycle 2 only, present the knowledge not at all");
        verify(evidence, never()).of(anyLong(), any(String.class));
    }

    @Test
    void theBeforeAfterVerdictIsTheVerdictAtTheCyclesGoLive() {
        StoredKpiFacts facts = facts(weekly(8.0, 2.0));

        assertEquals(Optional.of(BeforeAfterVerdict.IMPROVED), facts.beforeAfter(new ImprovementCycle(2)));
        assertEquals(Optional.empty(), facts.beforeAfter(new ImprovementCycle(3)), "no go-live in cycle 3 yet");
    }

    @Test
    void aMeasurementThatGotWorseMeansNotImproved() {
        assertEquals(Optional.of(BeforeAfterVerdict.NOT_IMPROVED),
                facts(weekly(2.0, 8.0)).beforeAfter(new ImprovementCycle(2)));
    }

    @Test
    void stakeholderPacksAreTheStoredPacksOfTheCycleNotAnEvidenceItem() {
        when(register.find(ISSUE)).thenReturn(Optional.empty());
        // A "produced" record with no stored pack behind it: what a forged answer or an old tick box left.
        when(evidence.of(ISSUE)).thenReturn(StoredItems.of(Map.of("improvement.present-knowledge-exit",
                List.of(new EvidenceAnswer("cycle-1.stakeholder-pack", "PRODUCED", "wiki/pack-1")))));
        when(packs.producedFor(ISSUE, 2)).thenReturn(true);

        var stakeholderPacks = reviews.improvementReview(ISSUE).stakeholderPacks();

        assertFalse(stakeholderPacks.producedFor(ImprovementCycle.first()));
        assertEquals(true, stakeholderPacks.producedFor(new ImprovementCycle(2)));
    }

    @Test
    void answersToItemsOnlyTheAppRecordsAreRefusedByTheirOwnMessageAndNothingIsStored() {
        when(register.find(ISSUE)).thenReturn(Optional.of(entry(2)));
        List<EvidenceAnswer> answers = List.of(new EvidenceAnswer("cycle-2.decision", "WRITTEN", "go"),
                new EvidenceAnswer("cycle-2.stakeholder-pack", "PRODUCED", "pack:1"),
                new EvidenceAnswer("cycle-2.gate-passed", "PASSED", null));

        InvalidRecord refused = assertThrows(InvalidRecord.class,
                () -> reviews.answer(ISSUE, ImprovementGate.PRESENT_KNOWLEDGE_EXIT, answers, "mallory", null));

        assertEquals(List.of(FieldError.of("answers[1].itemKey", ChecklistAnswerCheck.APP_WRITTEN, "cycle-2.stakeholder-pack"),
                FieldError.of("answers[2].itemKey", ChecklistAnswerCheck.APP_WRITTEN, "cycle-2.gate-passed")), refused.errors());
        verify(evidence, never()).answer(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aGoLiveDayOfTodayOrBeforeIsStoredUnderTheCurrentCycle() {
        when(register.find(ISSUE)).thenReturn(Optional.of(entry(2)));
        List<EvidenceAnswer> answers = List.of(new EvidenceAnswer("cycle-2.actions", "WRITTEN", "rota"),
                new EvidenceAnswer("cycle-2.go-live", "WRITTEN", "2026-03-10"));

        reviews.answer(ISSUE, ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT, answers, "alice", null);

        verify(evidence).answer(ISSUE, ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT.id(), answers, "alice", null);
    }

    @Test
    void aGoLiveInTheFutureOrNoDayIsRefusedOnItsTextAndNothingIsStored() {
        when(register.find(ISSUE)).thenReturn(Optional.of(entry(1)));
        List<EvidenceAnswer> answers = List.of(new EvidenceAnswer("cycle-1.go-live", "WRITTEN", "2026-03-11"),
                new EvidenceAnswer("cycle-1.go-live", "WRITTEN", "10.03.2026"));

        InvalidRecord refused = assertThrows(InvalidRecord.class,
                () -> reviews.answer(ISSUE, ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT, answers, "alice", null));

        assertEquals(List.of(FieldError.of("answers[0].text", ItemDays.FUTURE, "2026-03-11"),
                FieldError.of("answers[1].text", ItemDays.NOT_A_DAY, "10.03.2026")), refused.errors());
        verify(evidence, never()).answer(anyLong(), any(), any(), any(), any());
    }

    @Test
    void stepSevenEndsOnlyWithTheGoLiveDayOfTheCycle() {
        when(register.find(ISSUE)).thenReturn(Optional.of(entry(1)));
        when(evidence.of(ISSUE)).thenReturn(StoredItems.of(Map.of("improvement.implement-improvements-exit",
                List.of(new EvidenceAnswer("cycle-1.actions", "WRITTEN", "rota")))));

        assertEquals(List.of("csiloop.evidence.goLive.missing"), reviews
                .evaluate(ISSUE, ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT.id()).missing().stream()
                .map(m -> m.messageKey()).filter(k -> k.startsWith("csiloop.evidence.goLive")).toList());
        when(evidence.of(ISSUE)).thenReturn(StoredItems.of(Map.of("improvement.implement-improvements-exit",
                List.of(new EvidenceAnswer("cycle-1.actions", "WRITTEN", "rota"),
                        new EvidenceAnswer("cycle-1.go-live", "WRITTEN", "2026-03-02")))));

        assertEquals(LocalDate.parse("2026-03-02"),
                reviews.improvementEvidence(ISSUE).actions().goLive().orElseThrow());
        assertTrue(reviews.evaluate(ISSUE, ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT.id()).missing().stream()
                .noneMatch(m -> m.messageKey().startsWith("csiloop.evidence.goLive")));
    }

    @Test
    void answersToTheChecklistOfTheCurrentCycleAreStored() {
        when(register.find(ISSUE)).thenReturn(Optional.of(entry(2)));
        List<EvidenceAnswer> answers = List.of(new EvidenceAnswer("cycle-2.findings", "WRITTEN", "weekends"),
                new EvidenceAnswer("cycle-2.gaps-reviewed", "DONE", null));

        reviews.answer(ISSUE, ImprovementGate.ANALYSE_DATA_EXIT, answers, "alice", null);

        verify(evidence).answer(ISSUE, "improvement.analyse-data-exit", answers, "alice", null);
    }

    @Test
    void answersOffTheChecklistOrInAStateTheItemDoesNotTakeAreRefusedAndNothingIsStored() {
        when(register.find(ISSUE)).thenReturn(Optional.of(entry(2)));
        List<EvidenceAnswer> answers = List.of(new EvidenceAnswer("cycle-1.findings", "WRITTEN", "last cycle's"),
                new EvidenceAnswer("cycle-2.gate-passed", "PASSED", null), new EvidenceAnswer("vision", "DONE", null),
                new EvidenceAnswer("cycle-2.gaps-reviewed", "WRITTEN", null),
                new EvidenceAnswer("cycle-2.findings", "MAYBE", "x"));

        InvalidRecord refused = assertThrows(InvalidRecord.class,
                () -> reviews.answer(ISSUE, ImprovementGate.ANALYSE_DATA_EXIT, answers, "alice", null));

        assertEquals(List.of(FieldError.of("answers[0].itemKey", ChecklistAnswerCheck.NOT_ON_CHECKLIST, "cycle-1.findings"),
                FieldError.of("answers[1].itemKey", ChecklistAnswerCheck.APP_WRITTEN, "cycle-2.gate-passed"),
                FieldError.of("answers[2].itemKey", ChecklistAnswerCheck.NOT_ON_CHECKLIST, "vision"),
                FieldError.of("answers[3].state", ChecklistAnswerCheck.STATE_NOT_TAKEN, "WRITTEN"),
                FieldError.of("answers[4].state", ChecklistAnswerCheck.STATE_NOT_TAKEN, "MAYBE")), refused.errors());
        verify(evidence, never()).answer(anyLong(), any(), any(), any(), any());
    }

    @Test
    void theChecklistShowsEveryItemWithItsStoredAnswerAndTheUnansweredAsOpen() {
        when(evidence.of(ISSUE, "lifecycle.initiation-exit")).thenReturn(StoredItems.of(Map.of("lifecycle.initiation-exit",
                List.of(new EvidenceAnswer("charter.purpose", "WRITTEN", "faster"),
                        new EvidenceAnswer("charter.risks-reviewed", "DONE", null)))).get("lifecycle.initiation-exit"));

        List<AnsweredItem> checklist = reviews.checklist(ISSUE, LifecycleGate.INITIATION_EXIT);

        assertEquals(List.of(new AnsweredItem(ProjectEvidenceItems.PURPOSE, AnswerState.WRITTEN, "faster"),
                new AnsweredItem(ProjectEvidenceItems.OBJECTIVES, AnswerState.OPEN, ""),
                new AnsweredItem(ProjectEvidenceItems.RISKS, AnswerState.OPEN, ""),
                new AnsweredItem(ProjectEvidenceItems.RISKS_REVIEWED, AnswerState.DONE, ""),
                new AnsweredItem(LifecycleChoices.VALUE_CHAIN, AnswerState.OPEN, ""),
                new AnsweredItem(LifecycleChoices.CHARTER_DIMENSIONS, AnswerState.OPEN, ""),
                new AnsweredItem(ProjectEvidenceItems.DECISION, AnswerState.OPEN, "")), checklist);
    }

    private static RegisterEntry entry(int cycle) {
        return new RegisterEntry(ISSUE, 1L, cycle, null, null, null, null, Set.of(), null, null);
    }

    static StoredDefinition mttr(int id) {
        return new StoredDefinition(id, 1L, new Ownership(ISSUE, "alice"), new MeasurementDefinition("MTTR",
                "Time to restore", null, "hours", Direction.LOWER_IS_BETTER, 4.0, null, 0.5, null, Aggregation.AVERAGE,
                PeriodUnit.WEEK, MeasurementSource.MANUAL, null, null), 1, Instant.EPOCH, Instant.EPOCH);
    }

    /** The go-live of cycle 2: Wednesday of the eleventh week, 2026-03-18. */
    private static final Instant GO_LIVE = Instant.parse("2026-03-18T10:00:00Z");

    /**
     * MTTR's facts whose verdicts read these weekly values (as the database aggregates them) and cycle 2's go-live.
     */
    private StoredKpiFacts facts(List<KpiValue> values) {
        ChangeVerdicts verdicts = new ChangeVerdicts((measures, from, to, zone) -> Map.of(1, values),
                (measures, moment) -> Map.of(1, new ProcessChanges(List.of(new GoLive("SVC-9", 2, GO_LIVE, true)),
                        List.of())), Clock.fixed(Instant.parse("2026-06-10T00:00:00Z"), ZoneOffset.UTC),
                new ReportingZone(ZoneOffset.UTC));
        return new StoredKpiFacts(List.of(mttr(1)), points, snapshots, verdicts);
    }

    /** Ten weeks about {@code before}, the go-live's week (99, read by neither side), ten weeks about {@code after}. */
    private static List<KpiValue> weekly(double before, double after) {
        return IntStream.range(0, 21).mapToObj(i -> new KpiValue(new Period(PeriodUnit.WEEK,
                LocalDate.of(2026, 1, 5).plusWeeks(i), ZoneOffset.UTC),
                i < 10 ? before + i % 3 : i == 10 ? 99 : after + i % 3, 5)).toList();
    }

}
