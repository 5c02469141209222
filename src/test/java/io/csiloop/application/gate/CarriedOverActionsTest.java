package io.csiloop.application.gate;

import io.csiloop.application.kpi.ChangeVerdicts;
import io.csiloop.improvement.ImprovementGate;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kpi.KpiSnapshots;
import io.csiloop.lifecycle.LifecycleGate;
import io.csiloop.measure.DataPoints;
import io.csiloop.measure.MeasurementDefinitions;
import io.csiloop.measure.ReportingZone;
import io.csiloop.pack.PackSnapshots;
import io.csiloop.port.LinkedIssues;
import io.csiloop.process.AnswerState;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.GateEvidence;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Step 7's actions of a cycle are offered as the starting text of the next cycle's step-7 checklist: carried over to
 * edit, never stored for the new cycle by themselves, so its gate still asks for them until someone saves them.
 */
class CarriedOverActionsTest {

    private static final long ISSUE = 7L;
    private static final String GATE = ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT.id();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T15:00:00Z"), ZoneOffset.UTC);

    private final GateEvidence evidence = mock(GateEvidence.class);
    private final ImprovementRegister register = mock(ImprovementRegister.class);
    private final GateReviews reviews = new GateReviews(evidence, mock(MeasurementDefinitions.class),
            mock(DataPoints.class), mock(KpiSnapshots.class), new ImprovementCycles(register), mock(LinkedIssues.class),
            mock(PackSnapshots.class), new ReportingZone(ZoneOffset.UTC), CLOCK,
            new ChangeVerdicts((measures, from, to, zone) -> Map.of(), (measures, moment) -> Map.of(), CLOCK,
                    new ReportingZone(ZoneOffset.UTC)));

    @Test
    void theNextCycleStartsFromTheLastCyclesActionsWithoutRecordingThem() {
        inCycle(3);
        stored(new EvidenceAnswer("cycle-1.actions", "WRITTEN", "Rota"),
                new EvidenceAnswer("cycle-2.actions", "WRITTEN", "Rota\nKnowledge base"),
                new EvidenceAnswer("cycle-2.go-live", "WRITTEN", "2026-03-02"));

        List<AnsweredItem> checklist = reviews.checklist(ISSUE, ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT);

        AnsweredItem actions = checklist.get(0);
        assertEquals("cycle-3.actions", actions.entry().key());
        assertEquals(AnswerState.OPEN, actions.state(), "offered, not answered");
        assertEquals("", actions.text());
        assertEquals(2, actions.carriedFrom(), "the newest earlier cycle's actions");
        assertEquals("Rota\nKnowledge base", actions.carriedText());
        AnsweredItem goLive = checklist.get(1);
        assertEquals("cycle-3.go-live", goLive.entry().key());
        assertEquals(0, goLive.carriedFrom(), "a go-live is this cycle's own day: never carried over");
        assertTrue(reviews.evaluate(ISSUE, GATE).missing().stream()
                .anyMatch(m -> m.messageKey().equals("csiloop.evidence.actions.none")),
                "the gate still asks for this cycle's actions");
        verify(evidence, never()).answer(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aCycleWithoutActionsIsSkippedAndAnAnsweredItemKeepsItsOwnText() {
        inCycle(3);
        stored(new EvidenceAnswer("cycle-1.actions", "WRITTEN", "Rota"),
                new EvidenceAnswer("cycle-2.actions", "OPEN", null));

        assertEquals("Rota", reviews.checklist(ISSUE, ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT).get(0).carriedText());

        stored(new EvidenceAnswer("cycle-1.actions", "WRITTEN", "Rota"),
                new EvidenceAnswer("cycle-3.actions", "WRITTEN", "Chatbot"));
        AnsweredItem answered = reviews.checklist(ISSUE, ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT).get(0);
        assertEquals(List.of(AnswerState.WRITTEN, "Chatbot", 0, ""),
                List.of(answered.state(), answered.text(), answered.carriedFrom(), answered.carriedText()));
    }

    @Test
    void theFirstCycleAndOtherGatesCarryNothing() {
        inCycle(1);
        stored(new EvidenceAnswer("cycle-1.actions", "OPEN", null));
        assertEquals(0, reviews.checklist(ISSUE, ImprovementGate.IMPLEMENT_IMPROVEMENTS_EXIT).get(0).carriedFrom());

        inCycle(2);
        when(evidence.of(ISSUE, ImprovementGate.ANALYSE_DATA_EXIT.id())).thenReturn(StoredItems.of(Map.of(
                ImprovementGate.ANALYSE_DATA_EXIT.id(), List.of(new EvidenceAnswer("cycle-1.findings", "WRITTEN", "Mondays")))).values()
                .iterator().next());
        assertTrue(reviews.checklist(ISSUE, ImprovementGate.ANALYSE_DATA_EXIT).stream()
                .allMatch(item -> item.carriedFrom() == 0 && item.carriedText().isEmpty()), "findings judge this cycle's data");
    }

    @Test
    void theItemsOfEarlierCyclesAreKnownForTheirHistory() {
        inCycle(3);

        var earlier = reviews.earlierCycles(ISSUE, ImprovementGate.PRESENT_KNOWLEDGE_EXIT);

        assertEquals(List.of(1, 2), List.copyOf(earlier.keySet()));
        assertEquals(List.of("cycle-2.decision", "cycle-2.decided-by", "cycle-2.stakeholder-pack", "cycle-2.gate-passed"),
                earlier.get(2).stream().map(e -> e.key()).toList());
        assertEquals(Map.of(), reviews.earlierCycles(ISSUE, LifecycleGate.PLANNING_EXIT));
    }

    private void inCycle(int cycle) {
        when(register.find(ISSUE)).thenReturn(Optional.of(new RegisterEntry(ISSUE, 1L, cycle, null, null, null, null,
                Set.of(), null, null)));
    }

    private void stored(EvidenceAnswer... answers) {
        var items = StoredItems.of(Map.of(GATE, List.of(answers)));
        when(evidence.of(ISSUE, GATE)).thenReturn(items.get(GATE));
        when(evidence.of(ISSUE)).thenReturn(items);
    }
}
