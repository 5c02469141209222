package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.kernel.RecordChecks;
import io.csiloop.persistence.entity.GateEvidenceEntity;
import io.csiloop.process.AnswerState;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceChange;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.GateEvidence;
import net.java.ao.Query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@link GateEvidence} over Active Objects: the current answers in {@code GATE_EVIDENCE}, every version of them in
 * {@code EVIDENCE_CHANGE} (see {@link EvidenceChangeLog}).
 */
public final class AoGateEvidence implements GateEvidence {

    private static final int GATE_ID_MAX = 100;

    private final ActiveObjects ao;
    private final Clock clock;

    public AoGateEvidence(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public void answer(long issueId, String gateId, List<EvidenceAnswer> answers, String actor, String reason) {
        check(issueId, gateId, answers, actor, reason);
        long now = clock.millis();
        List<EvidenceAnswer> byKey = answers.stream().sorted(Comparator.comparing(EvidenceAnswer::itemKey)).toList();
        unlessAnsweredMeanwhile(issueId, gateId, () -> {
            byKey.forEach(answer -> open(issueId, gateId, answer.itemKey(), actor, now));
            return ao.executeInTransaction(() -> {
                for (EvidenceAnswer answer : byKey) { // in item order, so two writers lock rows in the same order
                    int version = EvidenceChangeLog.nextVersion(ao, issueId, gateId, answer.itemKey());
                    GateEvidenceEntity row = row(issueId, gateId, answer.itemKey());
                    if (!row.getAnswerState().equals(answer.state())
                            || !Objects.equals(row.getAnswerText(), answer.text())) {
                        EvidenceChangeLog.append(ao, version, row, answer, actor, now, reason);
                        row.setAnswerState(answer.state());
                        row.setAnswerText(answer.text());
                        row.setAnsweredBy(actor);
                        row.setAnsweredAtMillis(now);
                        row.save();
                    }
                }
                return null;
            });
        });
    }

    @Override
    public List<EvidenceChange> history(long issueId, String gateId) {
        return EvidenceChangeLog.of(ao, issueId, gateId);
    }

    @Override
    public List<EvidenceItem> of(long issueId, String gateId) {
        return Arrays.stream(rows(issueId, gateId)).map(AoGateEvidence::toRecord).toList();
    }

    @Override
    public Map<String, List<EvidenceItem>> of(long issueId) {
        GateEvidenceEntity[] rows = ao.find(GateEvidenceEntity.class,
                Query.select().where("ISSUE_ID = ?", issueId).order("GATE_ID ASC, ITEM_KEY ASC"));
        return Arrays.stream(rows).map(AoGateEvidence::toRecord)
                .collect(Collectors.groupingBy(EvidenceItem::gateId, LinkedHashMap::new, Collectors.toList()));
    }

    /** One read per thousand issues (see {@link IdLists}). */
    @Override
    public Map<Long, Map<String, List<EvidenceItem>>> ofIssues(Collection<Long> issueIds) {
        Map<Long, Map<String, List<EvidenceItem>>> answers = new HashMap<>();
        IdLists.inChunks("ISSUE_ID", issueIds, (in, ids) -> Arrays.stream(ao.find(GateEvidenceEntity.class,
                        Query.select().where(in, ids).order("ISSUE_ID ASC, GATE_ID ASC, ITEM_KEY ASC")))
                .map(AoGateEvidence::toRecord).forEach(item -> answers.computeIfAbsent(item.issueId(),
                        k -> new LinkedHashMap<>()).computeIfAbsent(item.gateId(), k -> new ArrayList<>()).add(item)));
        return answers;
    }

    @Override
    public int removeIssue(long issueId) {
        return ao.executeInTransaction(() -> {
            EvidenceChangeLog.removeIssue(ao, issueId);
            return ao.deleteWithSQL(GateEvidenceEntity.class, "ISSUE_ID = ?", issueId);
        });
    }

    private GateEvidenceEntity[] rows(long issueId, String gateId) {
        return ao.find(GateEvidenceEntity.class,
                Query.select().where("ISSUE_ID = ? AND GATE_ID = ?", issueId, gateId).order("ITEM_KEY ASC"));
    }

    private GateEvidenceEntity row(long issueId, String gateId, String itemKey) {
        return ao.find(GateEvidenceEntity.class, Query.select()
                .where("ISSUE_ID = ? AND GATE_ID = ? AND ITEM_KEY = ?", issueId, gateId, itemKey))[0];
    }

    /**
     * Gives an item never answered its row, open, in a transaction of its own: so the transaction that answers it
     * has one insert only, its version, and two first answers of one item race on that version like any other two.
     * (Inserting both in one transaction, a writer waiting on the other's row would hold AO's HSQLDB insert lock
     * while the other still has its version to insert.) An open row reads as no answer; another writer's row wins.
     */
    private void open(long issueId, String gateId, String itemKey, String actor, long now) {
        if (ao.count(GateEvidenceEntity.class, Query.select()
                .where("ISSUE_ID = ? AND GATE_ID = ? AND ITEM_KEY = ?", issueId, gateId, itemKey)) > 0) {
            return;
        }
        try {
            ao.executeInTransaction(() -> ao.create(GateEvidenceEntity.class, Map.of("ISSUE_ID", issueId,
                    "GATE_ID", gateId, "ITEM_KEY", itemKey, "ANSWER_STATE", AnswerState.OPEN.name(),
                    "ANSWERED_BY", actor, "ANSWERED_AT_MILLIS", now)));
        } catch (RuntimeException e) {
            if (!IntegrityViolation.causes(e)) { // the unique (issue, gate, item) index: another writer opened it
                throw e;
            }
        }
    }

    /** The answers, or a {@link ConcurrentChange} when another writer logged a version of one of the items first. */
    private static void unlessAnsweredMeanwhile(long issueId, String gateId, Supplier<Object> write) {
        try {
            write.get();
        } catch (RuntimeException e) {
            if (IntegrityViolation.causes(e)) {
                throw new ConcurrentChange("gate " + gateId + " of issue " + issueId
                        + " was answered by someone else meanwhile", e);
            }
            throw e;
        }
    }

    private static EvidenceItem toRecord(GateEvidenceEntity row) {
        return new EvidenceItem(row.getIssueId(), row.getGateId(),
                new EvidenceAnswer(row.getItemKey(), row.getAnswerState(), row.getAnswerText()),
                row.getAnsweredBy(), Instant.ofEpochMilli(row.getAnsweredAtMillis()));
    }

    private static void check(long issueId, String gateId, List<EvidenceAnswer> answers, String actor,
            String reason) {
        RecordChecks checks = new RecordChecks().positive("issueId", issueId)
                .requiredText("gateId", gateId, GATE_ID_MAX).required("answers", answers)
                .requiredText("actor", actor, RecordChecks.SHORT_TEXT)
                .optionalText("reason", reason, EvidenceChange.REASON_MAX);
        for (int i = 0; answers != null && i < answers.size(); i++) {
            checks.required("answers[" + i + "]", answers.get(i));
            if (answers.get(i) != null) {
                answers.get(i).check(checks.within("answers[" + i + "]."));
            }
        }
        if (answers != null && answers.stream().filter(Objects::nonNull).map(EvidenceAnswer::itemKey).distinct().count()
                < answers.stream().filter(Objects::nonNull).count()) {
            checks.add("answers", RecordChecks.DUPLICATE_ITEM);
        }
        checks.orRefuse("invalid gate evidence");
    }
}
