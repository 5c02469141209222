package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.improvement.ImprovementRegister;
import io.csiloop.improvement.RegisterEntry;
import io.csiloop.kernel.ConcurrentChange;
import io.csiloop.kernel.RecordChecks;
import io.csiloop.persistence.entity.ImprovementEntity;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
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

    /** Creates the row with its required columns if there is none, then sets every field. */
    private RegisterEntry write(RegisterEntry entry) {
        ImprovementEntity row = row(entry.issueId()).orElseGet(() -> ao.create(ImprovementEntity.class,
                new DBParam("ISSUE_ID", entry.issueId()), new DBParam("PROJECT_ID", entry.projectId()),
                new DBParam("CYCLE_NUMBER", entry.cycle())));
        row.setProjectId(entry.projectId());
        row.setCycleNumber(entry.cycle());
        row.setObjective(entry.objective());
        row.setExpectedBenefit(entry.expectedBenefit());
        row.setEffort(entry.effort());
        row.setJustification(entry.justification());
        row.setFourDimensions(entry.fourDimensions().isEmpty() ? null : String.join(",", entry.sortedDimensions()));
        row.setValueChainActivity(entry.valueChainActivity());
        row.setImprovementSource(entry.source());
        row.save();
        return entry;
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

    @Override
    public int startNextCycle(long issueId) {
        return ao.executeInTransaction(() -> {
            ImprovementEntity row = row(issueId).orElseThrow(
                    () -> new NoSuchElementException("issue " + issueId + " has no entry in the CSI register"));
            row.setCycleNumber(row.getCycleNumber() + 1);
            row.save();
            return row.getCycleNumber();
        });
    }

    @Override
    public boolean remove(long issueId) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(ImprovementEntity.class, "ISSUE_ID = ?", issueId) > 0);
    }

    private Optional<ImprovementEntity> row(long issueId) {
        return Arrays.stream(ao.find(ImprovementEntity.class, Query.select().where("ISSUE_ID = ?", issueId))).findFirst();
    }

    private static RegisterEntry toRecord(ImprovementEntity row) {
        Set<String> dimensions = row.getFourDimensions() == null ? Set.of() : Set.of(row.getFourDimensions().split(","));
        return new RegisterEntry(row.getIssueId(), row.getProjectId(), row.getCycleNumber(), row.getObjective(),
                row.getExpectedBenefit(), row.getEffort(), row.getJustification(), dimensions,
                row.getValueChainActivity(), row.getImprovementSource());
    }
}
