package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.application.automation.RaisedSignal;
import io.csiloop.application.automation.RaisedSignals;
import io.csiloop.application.automation.SignalCandidate;
import io.csiloop.persistence.entity.RaisedSignalEntity;
import io.csiloop.port.IssueRef;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@link RaisedSignals} over Active Objects; the fingerprint's unique index is the database's. */
public final class AoRaisedSignals implements RaisedSignals {

    private final ActiveObjects ao;

    public AoRaisedSignals(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<RaisedSignal> overlapping(int definitionId, SignalCandidate.Kind kind, Instant from, Instant to) {
        return Arrays.stream(ao.find(RaisedSignalEntity.class, Query.select().where(
                "DEFINITION_ID = ? AND SIGNAL_KIND = ? AND SPAN_START_MILLIS <= ? AND SPAN_END_MILLIS >= ?",
                definitionId, kind.name(), to.toEpochMilli(), from.toEpochMilli()).order("ID ASC")))
                .findFirst().map(AoRaisedSignals::toRecord);
    }

    @Override
    public RaisedSignal claim(String fingerprint, int definitionId, SignalCandidate.Kind kind, Instant spanStart,
            Instant spanEnd, Instant at) {
        return toRecord(ao.create(RaisedSignalEntity.class,
                new DBParam("FINGERPRINT", fingerprint),
                new DBParam("DEFINITION_ID", definitionId),
                new DBParam("SIGNAL_KIND", kind.name()),
                new DBParam("SPAN_START_MILLIS", spanStart.toEpochMilli()),
                new DBParam("SPAN_END_MILLIS", spanEnd.toEpochMilli()),
                new DBParam("RAISED_AT_MILLIS", at.toEpochMilli())));
    }

    @Override
    public void extend(long id, Instant spanEnd) {
        RaisedSignalEntity row = ao.get(RaisedSignalEntity.class, (int) id);
        if (row != null && row.getSpanEndMillis() < spanEnd.toEpochMilli()) {
            row.setSpanEndMillis(spanEnd.toEpochMilli());
            row.save();
        }
    }

    @Override
    public void attach(long id, IssueRef issue) {
        RaisedSignalEntity row = ao.get(RaisedSignalEntity.class, (int) id);
        row.setIssueId(issue.id());
        row.setIssueKey(issue.key());
        row.save();
    }

    @Override
    public List<RaisedSignal> ofDefinition(int definitionId) {
        return Arrays.stream(ao.find(RaisedSignalEntity.class,
                Query.select().where("DEFINITION_ID = ?", definitionId).order("ID ASC")))
                .map(AoRaisedSignals::toRecord).toList();
    }

    private static RaisedSignal toRecord(RaisedSignalEntity row) {
        return new RaisedSignal(row.getID(), row.getFingerprint(), row.getDefinitionId(),
                SignalCandidate.Kind.valueOf(row.getSignalKind()), Instant.ofEpochMilli(row.getSpanStartMillis()),
                Instant.ofEpochMilli(row.getSpanEndMillis()), row.getIssueId(), row.getIssueKey(),
                Instant.ofEpochMilli(row.getRaisedAtMillis()));
    }
}
