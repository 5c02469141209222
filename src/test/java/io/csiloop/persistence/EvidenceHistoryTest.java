package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.InvalidRecord;
import io.csiloop.persistence.entity.EvidenceChangeEntity;
import io.csiloop.persistence.entity.GateEvidenceEntity;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceChange;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import static io.csiloop.persistence.Store.ALICE;
import static io.csiloop.persistence.Store.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The versions of gate evidence on every database: each write that changes an answer is a version with who, when,
 * before, after and reason; an unchanged answer is none; racing writes of one item number their versions without
 * gaps or duplicates and the answer stored is the last version's.
 */
class EvidenceHistoryTest {

    private static final long ISSUE = 30_400L;
    private static final String GATE = "lifecycle.initiation-exit";

    @AcrossDatabases
    void shouldLogEveryChangedAnswerAsAVersionWithItsReason(ActiveObjects ao) {
        Store store = new Store(ao);
        EvidenceAnswer first = new EvidenceAnswer("charter.purpose", "WRITTEN", "cut wait times");
        EvidenceAnswer risks = new EvidenceAnswer("charter.risks-reviewed", "DONE", null);
        store.evidence.answer(ISSUE, GATE, List.of(first, risks), ALICE);
        Instant later = NOW.plusSeconds(3_600);
        AoGateEvidence tomorrow = new AoGateEvidence(ao, Clock.fixed(later, ZoneOffset.UTC));
        EvidenceAnswer amended = new EvidenceAnswer("charter.purpose", "WRITTEN", "cut wait times by half");
        String longest = "r".repeat(EvidenceChange.REASON_MAX);

        tomorrow.answer(ISSUE, GATE, List.of(amended, risks), "bob", longest);

        assertEquals(List.of(
                new EvidenceChange(ISSUE, GATE, "charter.purpose", 1, ALICE, NOW,
                        new EvidenceAnswer("charter.purpose", "OPEN", null), first, null),
                new EvidenceChange(ISSUE, GATE, "charter.purpose", 2, "bob", later, first, amended, longest),
                new EvidenceChange(ISSUE, GATE, "charter.risks-reviewed", 1, ALICE, NOW,
                        new EvidenceAnswer("charter.risks-reviewed", "OPEN", null), risks, null)),
                store.evidence.history(ISSUE, GATE), "the unchanged risk review logged no second version");
        assertEquals(List.of(), store.evidence.history(ISSUE, "lifecycle.planning-exit"));
    }

    @AcrossDatabases
    void shouldRefuseATooLongReasonAndWriteNothing(ActiveObjects ao) {
        Store store = new Store(ao);
        EvidenceAnswer first = new EvidenceAnswer("charter.purpose", "WRITTEN", "cut wait times");
        store.evidence.answer(ISSUE, GATE, List.of(first), ALICE);

        InvalidRecord refused = assertThrows(InvalidRecord.class, () -> store.evidence.answer(ISSUE, GATE,
                List.of(new EvidenceAnswer("charter.purpose", "WRITTEN", "other")), "bob",
                "r".repeat(EvidenceChange.REASON_MAX + 1)));

        assertEquals(List.of("reason"), refused.errors().stream().map(FieldError::field).toList());
        assertEquals(first, store.evidence.of(ISSUE, GATE).get(0).answer());
        assertEquals(1, ao.count(EvidenceChangeEntity.class));
    }

    @AcrossDatabases
    void shouldRemoveTheHistoryWithTheIssue(ActiveObjects ao) {
        Store store = new Store(ao);
        store.evidence.answer(ISSUE, GATE, List.of(new EvidenceAnswer("charter.purpose", "WRITTEN", "x")), ALICE);
        store.evidence.answer(ISSUE + 1, GATE, List.of(new EvidenceAnswer("charter.purpose", "WRITTEN", "x")), ALICE);

        assertEquals(1, store.evidence.removeIssue(ISSUE));

        assertEquals(List.of(), store.evidence.history(ISSUE, GATE));
        assertEquals(1, ao.count(EvidenceChangeEntity.class));
    }

    /**
     * Twenty writers answer one never-answered item at once: the slower of two that read the same version fails
     * with a {@link io.csiloop.kernel.ConcurrentChange} (a 409 over REST) and writes nothing; the others' versions follow each other.
     */
    @AcrossDatabases
    void shouldNumberRacingWritesOfOneItemWithoutGapsAndEndWithTheLastVersion(ActiveObjects ao) throws Exception {
        Store store = new Store(ao);
        int won = RacingWrites.race(20, i -> store.evidence.answer(ISSUE, GATE,
                List.of(new EvidenceAnswer("charter.purpose", "WRITTEN", "purpose " + i)), "writer-" + i));

        List<EvidenceChange> history = store.evidence.history(ISSUE, GATE);
        assertTrue(won >= 1, "at least one write lands");
        assertEquals(IntStream.rangeClosed(1, won).boxed().toList(),
                history.stream().map(EvidenceChange::version).toList());
        assertEquals("OPEN", history.get(0).before().state());
        for (int i = 1; i < history.size(); i++) { // each version starts from where the one before ended
            assertEquals(history.get(i - 1).after(), history.get(i).before());
        }
        EvidenceChange last = history.get(history.size() - 1);
        assertEquals(last.after(), store.evidence.of(ISSUE, GATE).get(0).answer());
        assertEquals(last.changedBy(), store.evidence.of(ISSUE, GATE).get(0).answeredBy());
        assertEquals(1, ao.count(GateEvidenceEntity.class));
    }
}
