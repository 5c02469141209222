package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.kpi.DuplicateRebase;
import io.csiloop.kpi.Rebase;
import io.csiloop.kpi.Rebases;
import io.csiloop.kpi.StoredRebase;
import io.csiloop.persistence.entity.RebaseEntity;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link Rebases} over Active Objects; the phase key's unique index refuses a second rebase of the same period. */
public final class AoRebases implements Rebases {

    private final ActiveObjects ao;

    public AoRebases(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public StoredRebase approve(int definitionId, Instant phaseStart, Rebase rebase) {
        try {
            return ao.executeInTransaction(() -> toRecord(ao.create(RebaseEntity.class,
                    new DBParam("DEFINITION_ID", definitionId),
                    new DBParam("PHASE_KEY", definitionId + "@" + phaseStart.toEpochMilli()),
                    new DBParam("REBASE_AT_MILLIS", rebase.at().toEpochMilli()),
                    new DBParam("PHASE_START_MILLIS", phaseStart.toEpochMilli()),
                    new DBParam("REASON", rebase.reason()),
                    new DBParam("APPROVER_KEY", rebase.approvedBy()),
                    new DBParam("APPROVED_AT_MILLIS", rebase.approvedAt().toEpochMilli()))));
        } catch (RuntimeException e) {
            if (IntegrityViolation.causes(e)) {
                throw new DuplicateRebase(definitionId, phaseStart, e);
            }
            throw e;
        }
    }

    @Override
    public List<StoredRebase> of(int definitionId) {
        return Arrays.stream(ao.find(RebaseEntity.class,
                Query.select().where("DEFINITION_ID = ?", definitionId).order("APPROVED_AT_MILLIS ASC, ID ASC")))
                .map(AoRebases::toRecord).toList();
    }

    @Override
    public Map<Integer, List<Rebase>> approvedBy(Collection<Integer> definitionIds, Instant moment) {
        Map<Integer, List<Rebase>> byDefinition = new HashMap<>();
        IdLists.inChunks("DEFINITION_ID", definitionIds, (in, ids) -> {
            Object[] params = Arrays.copyOf(ids, ids.length + 1);
            params[ids.length] = moment.toEpochMilli();
            for (RebaseEntity row : ao.find(RebaseEntity.class, Query.select()
                    .where(in + " AND APPROVED_AT_MILLIS <= ?", params).order("APPROVED_AT_MILLIS ASC, ID ASC"))) {
                byDefinition.computeIfAbsent(row.getDefinitionId(), id -> new ArrayList<>()).add(toRecord(row).rebase());
            }
        });
        return byDefinition;
    }

    private static StoredRebase toRecord(RebaseEntity row) {
        return new StoredRebase(row.getID(), row.getDefinitionId(), Instant.ofEpochMilli(row.getPhaseStartMillis()),
                new Rebase(Instant.ofEpochMilli(row.getRebaseAtMillis()), row.getReason(), row.getApproverKey(),
                        Instant.ofEpochMilli(row.getApprovedAtMillis())));
    }
}
