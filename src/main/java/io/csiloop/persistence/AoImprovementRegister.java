package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.improvement.Benefit;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.kernel.RecordChecks;
import io.csiloop.persistence.entity.ImprovementEntity;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link ImprovementRegister} over Active Objects. */
public final class AoImprovementRegister implements ImprovementRegister {

    private final ActiveObjects ao;

    public AoImprovementRegister(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public RegisterEntry save(RegisterEntry entry) {
        RecordChecks checks = new RecordChecks().required("entry", entry);
        if (entry != null) {
            entry.check(checks);
        }
        checks.orRefuse("invalid register entry");
        try {
            return ao.executeInTransaction(() -> write(entry));
        } catch (RuntimeException e) {
            if (IntegrityViolation.causes(e)) { // the unique issue id: a concurrent first save won
                throw new ConcurrentChange("issue " + entry.issueId() + " was entered in the register meanwhile", e);
            }
            throw e;
        }
    }

    /** Creates the row with its required columns if there is none, then sets every field but the cycle. */
    private RegisterEntry write(RegisterEntry entry) {
        ImprovementEntity row = row(entry.issueId()).orElseGet(() -> create(entry.issueId(), entry.projectId(),
                entry.cycle()));
        row.setProjectId(entry.projectId());
        row.setObjective(entry.objective());
        row.setExpectedBenefit(entry.expectedBenefit());
        row.setEffort(entry.effort());
        row.setJustification(entry.justification());
        row.setFourDimensions(entry.fourDimensions().isEmpty() ? null : String.join(",", entry.sortedDimensions()));
        row.setValueChainActivity(entry.valueChainActivity());
        row.setImprovementSource(entry.source());
        Benefit benefit = entry.benefit();
        row.setExpectedValue(benefit.expectedValue());
        row.setBenefitUnit(benefit.unit());
        row.setExpectedByDay(benefit.expectedBy() == null ? null : Math.toIntExact(benefit.expectedBy().toEpochDay()));
        row.setRealisedValue(benefit.realisedValue());
        row.setRealisedNote(benefit.realisedNote());
        row.save();
        return toRecord(row);
    }

    private ImprovementEntity create(long issueId, long projectId, int cycle) {
        return ao.create(ImprovementEntity.class, new DBParam("ISSUE_ID", issueId), new DBParam("PROJECT_ID", projectId),
                new DBParam("CYCLE_NUMBER", cycle));
    }

    @Override
    public Optional<RegisterEntry> find(long issueId) {
        return row(issueId).map(AoImprovementRegister::toRecord);
    }

    @Override
    public List<RegisterEntry> ofProject(long projectId) {
        return Arrays.stream(ao.find(ImprovementEntity.class, Query.select().where("PROJECT_ID = ?", projectId)
                .order("ISSUE_ID ASC"))).map(AoImprovementRegister::toRecord).toList();
    }

    /**
     * Claims the start of the cycle after {@code from} in the transaction that moves the row: of two calls that both
     * read cycle {@code from}, the database refuses the second. An entry's move is an update followed by the claim
     * (see {@link CycleEvents}: the claim is the last insert); an issue without an entry is in its first cycle, and
     * there the entry's own insert, unique per issue, is the claim and the transaction's only insert.
     */
    @Override
    public boolean startNextCycle(long issueId, long projectId, int from) {
        try {
            return ao.executeInTransaction(() -> {
                Optional<ImprovementEntity> row = row(issueId);
                if (row.map(ImprovementEntity::getCycleNumber).orElse(1) != from) {
                    return false;
                }
                if (row.isEmpty()) {
                    create(issueId, projectId, from + 1);
                    return true;
                }
                row.get().setCycleNumber(from + 1);
                row.get().save();
                CycleEvents.claim(ao, issueId, from, CycleEvents.Kind.NEXT_CYCLE_STARTED);
                return true;
            });
        } catch (RuntimeException e) {
            if (!IntegrityViolation.causes(e)) {
                throw e;
            }
            if (find(issueId).map(RegisterEntry::cycle).orElse(1) > from) {
                return false; // another call claimed the start of the next cycle first
            }
            throw new ConcurrentChange("issue " + issueId + " was entered in the register meanwhile", e);
        }
    }

    @Override
    public boolean remove(long issueId) {
        return ao.executeInTransaction(() -> {
            CycleEvents.forget(ao, issueId, CycleEvents.Kind.NEXT_CYCLE_STARTED);
            return ao.deleteWithSQL(ImprovementEntity.class, "ISSUE_ID = ?", issueId) > 0;
        });
    }

    private Optional<ImprovementEntity> row(long issueId) {
        return Arrays.stream(ao.find(ImprovementEntity.class, Query.select().where("ISSUE_ID = ?", issueId))).findFirst();
    }

    private static RegisterEntry toRecord(ImprovementEntity row) {
        Set<String> dimensions = row.getFourDimensions() == null ? Set.of() : Set.of(row.getFourDimensions().split(","));
        return new RegisterEntry(row.getIssueId(), row.getProjectId(), row.getCycleNumber(), row.getObjective(),
                row.getExpectedBenefit(), row.getEffort(), row.getJustification(), dimensions,
                row.getValueChainActivity(), row.getImprovementSource(), new Benefit(row.getExpectedValue(),
                row.getBenefitUnit(), row.getExpectedByDay() == null ? null : LocalDate.ofEpochDay(row.getExpectedByDay()),
                row.getRealisedValue(), row.getRealisedNote()));
    }
}
