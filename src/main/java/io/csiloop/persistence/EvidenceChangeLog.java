package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.persistence.entity.EvidenceChangeEntity;
import io.csiloop.persistence.entity.GateEvidenceEntity;
import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceChange;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versions of the gate evidence's answers; written only inside the transaction of the answer it records, the
 * way {@link PointChangeLog} keeps the data points' changes.
 */
final class EvidenceChangeLog {

    private EvidenceChangeLog() {
    }

    /**
     * The version the item's next answer will log under. Counted before the answer is read, for the reason {@link
     * PointChangeLog#nextNumber} gives: a writer that counts before another's version was committed logs a number
     * the other has taken and rolls back, one that counts after also reads the answer that version left.
     */
    static int nextVersion(ActiveObjects ao, long issueId, String gateId, String itemKey) {
        return ao.count(EvidenceChangeEntity.class, Query.select()
                .where("ISSUE_ID = ? AND GATE_ID = ? AND ITEM_KEY = ?", issueId, gateId, itemKey)) + 1;
    }

    /**
     * Logs one version of the row's answer under {@code version} (see {@link #nextVersion}). The unique (issue,
     * gate, item, version) index makes this insert fail for the second of two writers that took the same number;
     * it is the last insert of its transaction, so a writer waiting on that index never holds up another's inserts
     * (AO's HSQLDB provider inserts one row at a time under a lock).
     */
    static void append(ActiveObjects ao, int version, GateEvidenceEntity before, EvidenceAnswer after, String actor,
            long atMillis, String reason) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ISSUE_ID", before.getIssueId());
        row.put("GATE_ID", before.getGateId());
        row.put("ITEM_KEY", before.getItemKey());
        row.put("VERSION", version);
        row.put("CHANGED_BY", actor);
        row.put("CHANGED_AT_MILLIS", atMillis);
        DefinitionRows.putIfPresent(row, "REASON", reason);
        row.put("OLD_STATE", before.getAnswerState());
        DefinitionRows.putIfPresent(row, "OLD_TEXT", before.getAnswerText());
        row.put("NEW_STATE", after.state());
        DefinitionRows.putIfPresent(row, "NEW_TEXT", after.text());
        ao.create(EvidenceChangeEntity.class, row);
    }

    /** The versions of one gate's answers, by item, oldest first. */
    static List<EvidenceChange> of(ActiveObjects ao, long issueId, String gateId) {
        Query query = Query.select().where("ISSUE_ID = ? AND GATE_ID = ?", issueId, gateId)
                .order("ITEM_KEY ASC, VERSION ASC");
        return Arrays.stream(ao.find(EvidenceChangeEntity.class, query)).map(EvidenceChangeLog::change).toList();
    }

    /** Removes the issue's history; returns how many versions were removed. */
    static int removeIssue(ActiveObjects ao, long issueId) {
        return ao.deleteWithSQL(EvidenceChangeEntity.class, "ISSUE_ID = ?", issueId);
    }

    private static EvidenceChange change(EvidenceChangeEntity row) {
        return new EvidenceChange(row.getIssueId(), row.getGateId(), row.getItemKey(), row.getVersion(),
                row.getChangedBy(), Instant.ofEpochMilli(row.getChangedAtMillis()),
                new EvidenceAnswer(row.getItemKey(), row.getOldState(), row.getOldText()),
                new EvidenceAnswer(row.getItemKey(), row.getNewState(), row.getNewText()), row.getReason());
    }
}
