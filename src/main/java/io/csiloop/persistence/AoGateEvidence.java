package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.kernel.RecordChecks;
import io.csiloop.persistence.entity.GateEvidenceEntity;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceItem;
import io.csiloop.process.GateEvidence;
import net.java.ao.Query;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@link GateEvidence} over Active Objects. */
public final class AoGateEvidence implements GateEvidence {

    private static final int GATE_ID_MAX = 100;

    private final ActiveObjects ao;
    private final Clock clock;

    public AoGateEvidence(ActiveObjects ao, Clock clock) {
        this.ao = ao;
        this.clock = clock;
    }

    @Override
    public void answer(long issueId, String gateId, List<EvidenceAnswer> answers, String actor) {
        check(issueId, gateId, answers, actor);
        long now = clock.millis();
        try {
            ao.executeInTransaction(() -> {
                Map<String, GateEvidenceEntity> stored = Arrays.stream(rows(issueId, gateId))
                        .collect(Collectors.toMap(GateEvidenceEntity::getItemKey, Function.identity()));
                for (EvidenceAnswer answer : answers) {
                    GateEvidenceEntity row = stored.get(answer.itemKey());
                    if (row == null) {
                        create(issueId, gateId, answer, actor, now);
                    } else if (!row.getAnswerState().equals(answer.state())
                            || !Objects.equals(row.getAnswerText(), answer.text())) {
                        row.setAnswerState(answer.state());
                        row.setAnswerText(answer.text());
                        row.setAnsweredBy(actor);
                        row.setAnsweredAtMillis(now);
                        row.save();
                    }
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (IntegrityViolation.causes(e)) { // the unique (issue, gate, item) index: another first answer won
                throw new ConcurrentChange("gate " + gateId + " of issue " + issueId
                        + " was answered by someone else meanwhile", e);
            }
            throw e;
        }
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

    @Override
    public int removeIssue(long issueId) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(GateEvidenceEntity.class, "ISSUE_ID = ?", issueId));
    }

    private GateEvidenceEntity[] rows(long issueId, String gateId) {
        return ao.find(GateEvidenceEntity.class,
                Query.select().where("ISSUE_ID = ? AND GATE_ID = ?", issueId, gateId).order("ITEM_KEY ASC"));
    }

    private void create(long issueId, String gateId, EvidenceAnswer answer, String actor, long now) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ISSUE_ID", issueId);
        row.put("GATE_ID", gateId);
        row.put("ITEM_KEY", answer.itemKey());
        row.put("ANSWER_STATE", answer.state());
        DefinitionRows.putIfPresent(row, "ANSWER_TEXT", answer.text());
        row.put("ANSWERED_BY", actor);
        row.put("ANSWERED_AT_MILLIS", now);
        ao.create(GateEvidenceEntity.class, row);
    }

    private static EvidenceItem toRecord(GateEvidenceEntity row) {
        return new EvidenceItem(row.getIssueId(), row.getGateId(),
                new EvidenceAnswer(row.getItemKey(), row.getAnswerState(), row.getAnswerText()),
                row.getAnsweredBy(), Instant.ofEpochMilli(row.getAnsweredAtMillis()));
    }

    private static void check(long issueId, String gateId, List<EvidenceAnswer> answers, String actor) {
        RecordChecks checks = new RecordChecks().positive("issueId", issueId)
                .requiredText("gateId", gateId, GATE_ID_MAX).required("answers", answers)
                .requiredText("actor", actor, RecordChecks.SHORT_TEXT);
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
