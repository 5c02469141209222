package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.host.ao.AcrossDatabases;
import io.csiloop.kernel.FieldError;
import io.csiloop.kernel.InvalidRecord;
import io.csiloop.persistence.entity.GateEvidenceEntity;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceItem;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.csiloop.persistence.Store.ALICE;
import static io.csiloop.persistence.Store.NOW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Gate evidence on every database: answers per issue and gate, with who and when, and nothing else touched. */
class GateEvidenceTest {

    private static final long ISSUE = 30_300L;

    @AcrossDatabases
    void shouldKeepEachGatesAnswersWithWhoAndWhen(ActiveObjects ao) {
        Store store = new Store(ao);
        EvidenceAnswer purpose = new EvidenceAnswer("purpose", "DONE", "t".repeat(EvidenceAnswer.TEXT_MAX));
        EvidenceAnswer risks = new EvidenceAnswer("risks", "NOT_APPLICABLE", null);
        EvidenceAnswer scope = new EvidenceAnswer("scope", "DONE", "in: service desk");

        store.evidence.answer(ISSUE, "initiation", List.of(risks, purpose), ALICE);
        store.evidence.answer(ISSUE, "planning", List.of(scope), "bob");
        store.evidence.answer(ISSUE + 1, "initiation", List.of(purpose), "bob");

        assertEquals(List.of(new EvidenceItem(ISSUE, "initiation", purpose, ALICE, NOW), new EvidenceItem(ISSUE, "initiation", risks, ALICE, NOW)),
                store.evidence.of(ISSUE, "initiation"));
        assertEquals(Map.of("initiation", store.evidence.of(ISSUE, "initiation"), "planning", List.of(new EvidenceItem(ISSUE, "planning", scope, "bob", NOW))),
                store.evidence.of(ISSUE));
        assertEquals(Map.of(ISSUE, store.evidence.of(ISSUE), ISSUE + 1, store.evidence.of(ISSUE + 1)),
                store.evidence.ofIssues(List.of(ISSUE + 1, ISSUE, ISSUE + 2)), "many issues' in one read, each as alone");
        assertEquals(Map.of(), store.evidence.ofIssues(List.of()));
    }

    @AcrossDatabases
    void shouldRecordWhoChangedAnAnswerAndKeepTheAuthorOfAnUnchangedOne(ActiveObjects ao) {
        Store store = new Store(ao);
        store.evidence.answer(ISSUE, "initiation", List.of(new EvidenceAnswer("purpose", "DONE", "x"),
                new EvidenceAnswer("risks", "OPEN", null)), ALICE);
        Instant later = NOW.plusSeconds(3_600);
        AoGateEvidence tomorrow = new AoGateEvidence(ao, Clock.fixed(later, ZoneOffset.UTC));

        tomorrow.answer(ISSUE, "initiation", List.of(new EvidenceAnswer("purpose", "DONE", "x"),
                new EvidenceAnswer("risks", "DONE", "reviewed")), "bob");

        assertEquals(List.of(new EvidenceItem(ISSUE, "initiation", new EvidenceAnswer("purpose", "DONE", "x"), ALICE, NOW),
                new EvidenceItem(ISSUE, "initiation", new EvidenceAnswer("risks", "DONE", "reviewed"), "bob", later)),
                store.evidence.of(ISSUE, "initiation"));
    }

    @AcrossDatabases
    void shouldRefuseBadAnswersNamingEachAndWriteNone(ActiveObjects ao) {
        Store store = new Store(ao);
        List<EvidenceAnswer> answers = List.of(new EvidenceAnswer("purpose", "DONE", null),
                new EvidenceAnswer("purpose", "done", null), new EvidenceAnswer(" ", "DONE", null));

        InvalidRecord refused = assertThrows(InvalidRecord.class, () -> store.evidence.answer(ISSUE, "initiation", answers, ALICE));

        assertEquals(List.of(FieldError.of("answers[1].state", "csiloop.store.error.tokenFormat", EvidenceAnswer.STATE_MAX),
                FieldError.of("answers[2].itemKey", "csiloop.measure.error.required"),
                FieldError.of("answers", "csiloop.store.error.duplicateItem")), refused.errors());
        assertEquals(0, ao.count(GateEvidenceEntity.class));
    }

    @AcrossDatabases
    void shouldRemoveTheEvidenceOfADeletedIssueOnly(ActiveObjects ao) {
        Store store = new Store(ao);
        store.evidence.answer(ISSUE, "initiation", List.of(new EvidenceAnswer("purpose", "DONE", null)), ALICE);
        store.evidence.answer(ISSUE, "planning", List.of(new EvidenceAnswer("scope", "DONE", null)), ALICE);
        store.evidence.answer(ISSUE + 1, "initiation", List.of(new EvidenceAnswer("purpose", "DONE", null)), ALICE);

        assertEquals(2, store.evidence.removeIssue(ISSUE));

        assertEquals(Map.of(), store.evidence.of(ISSUE));
        assertEquals(1, store.evidence.of(ISSUE + 1, "initiation").size());
    }
}
