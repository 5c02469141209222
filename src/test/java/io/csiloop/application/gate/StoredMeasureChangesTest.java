package io.csiloop.application.gate;

import io.csiloop.kpi.GoLive;
import io.csiloop.kpi.ProcessChanges;
import io.csiloop.kpi.Rebase;
import io.csiloop.kpi.Rebases;
import io.csiloop.measure.DefinitionDraft;
import io.csiloop.measure.Ownership;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDefinition;
import io.csiloop.port.IssueRef;
import io.csiloop.port.Issues;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.GateEvidence;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The process changes of measures as the store holds them: each cycle's go-live (step 7's recorded day, else the
 * entry into step 7), every measure of an Improvement sharing them, and the rebases approved by the moment.
 */
class StoredMeasureChangesTest {

    private static final ReportingZone BERLIN = new ReportingZone(ZoneId.of("Europe/Berlin"));
    private static final long SVC3 = 10_003L;
    private static final long SVC7 = 10_007L;
    private static final String DECISION = "improvement.present-knowledge-exit";
    private static final String IMPLEMENTATION = "improvement.implement-improvements-exit";
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private final GateEvidence evidence = mock(GateEvidence.class, CALLS_REAL_METHODS); // its batched read over the stubbed one
    private final Rebases rebases = mock(Rebases.class);
    private final Issues issues = mock(Issues.class, CALLS_REAL_METHODS);
    private final StoredMeasureChanges changes = new StoredMeasureChanges(evidence, rebases, issues, BERLIN);

    @Test
    void shouldGiveEachMeasureTheGoLivesOfItsImprovementAndItsOwnRebases() {
        // SVC-3: cycle 1 entered step 7 on 20 June and recorded its go-live as 1 July; cycle 2 entered step 7 on
        // 2 November and has no day recorded yet. SVC-7 has only decided in cycle 1, not yet passed.
        when(evidence.of(SVC3)).thenReturn(Map.of(
                DECISION, List.of(passage(SVC3, 1, "2026-06-20T08:00:00Z"), passage(SVC3, 2, "2026-11-02T08:00:00Z")),
                IMPLEMENTATION, List.of(item(SVC3, IMPLEMENTATION, "cycle-1.go-live", "WRITTEN", "2026-07-01",
                        "2026-07-03T08:00:00Z"))));
        when(evidence.of(SVC7)).thenReturn(Map.of(DECISION, List.of(
                item(SVC7, DECISION, "cycle-1.decision", "WRITTEN", "go", "2026-10-01T08:00:00Z"))));
        when(issues.byId(SVC3)).thenReturn(Optional.of(new IssueRef(SVC3, "SVC-3", 1L, "FCR", "Improvement", "Improved")));
        when(issues.byId(SVC7)).thenReturn(Optional.empty());
        Rebase rebase = new Rebase(Instant.parse("2026-06-30T22:00:00Z"), "go-live", "alice", Instant.parse("2026-08-01T00:00:00Z"));
        StoredDefinition fcr = measure(1, SVC3);
        StoredDefinition handovers = measure(2, SVC3);
        StoredDefinition csat = measure(3, SVC7);
        StoredDefinition unowned = measure(4, null);
        when(rebases.approvedBy(List.of(1, 2, 3, 4), NOW)).thenReturn(Map.of(2, List.of(rebase)));

        Map<Integer, ProcessChanges> read = changes.at(List.of(fcr, handovers, csat, unowned), NOW);

        List<GoLive> svc3 = List.of(new GoLive("SVC-3", 1, Instant.parse("2026-06-30T22:00:00Z"), true),
                new GoLive("SVC-3", 2, Instant.parse("2026-11-02T08:00:00Z"), false));
        assertEquals(Map.of(1, new ProcessChanges(svc3, List.of()), 2, new ProcessChanges(svc3, List.of(rebase))), read);
        verify(evidence).of(SVC3); // once for both of its measures
    }

    @Test
    void shouldKnowAtAMomentOnlyWhatWasRecordedByThen() {
        when(evidence.of(SVC3)).thenReturn(Map.of(
                DECISION, List.of(passage(SVC3, 1, "2026-06-20T08:00:00Z")),
                IMPLEMENTATION, List.of(item(SVC3, IMPLEMENTATION, "cycle-1.go-live", "WRITTEN", "2026-07-01",
                        "2026-07-03T08:00:00Z"))));
        when(issues.byId(SVC3)).thenReturn(Optional.empty());
        when(rebases.approvedBy(any(), any())).thenReturn(Map.of());
        StoredDefinition fcr = measure(1, SVC3);

        assertEquals(Map.of(1, new ProcessChanges(List.of(
                        new GoLive("10003", 1, Instant.parse("2026-06-20T08:00:00Z"), false)), List.of())),
                changes.at(List.of(fcr), Instant.parse("2026-07-02T00:00:00Z")), "the day was recorded on 3 July");
        assertEquals(Map.of(), changes.at(List.of(fcr), Instant.parse("2026-06-19T00:00:00Z")),
                "before step 7 there is no go-live");
    }

    private static StoredDefinition measure(int id, Long improvement) {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        return new StoredDefinition(id, 1L, new Ownership(improvement, "alice"), new DefinitionDraft().build(), 1,
                created, created);
    }

    private static EvidenceItem passage(long issueId, int cycle, String at) {
        return item(issueId, DECISION, "cycle-" + cycle + ".gate-passed", "PASSED", null, at);
    }

    private static EvidenceItem item(long issueId, String gate, String key, String state, String text, String at) {
        return new EvidenceItem(issueId, gate, new EvidenceAnswer(key, state, text), "alice", Instant.parse(at));
    }
}
