package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * {@code AO_E7FE69_AUTO_PERIOD_DONE}: one period of one definition whose data and snapshot are stored. The unique
 * index on definition, period length and start is what makes completing a period happen once, whichever node
 * tries.
 */
@Table("AUTO_PERIOD_DONE")
@Indexes(@Index(name = "def_period", methodNames = {"getDefinitionId", "getPeriodUnit", "getPeriodStartMillis"},
        unique = true))
public interface CompletedPeriodEntity extends Entity {

    @NotNull
    int getDefinitionId();

    void setDefinitionId(int definitionId);

    @NotNull
    @StringLength(30)
    String getPeriodUnit();

    void setPeriodUnit(String periodUnit);

    @NotNull
    long getPeriodStartMillis();

    void setPeriodStartMillis(long periodStartMillis);

    @NotNull
    @StringLength(20)
    String getPeriodLabel();

    void setPeriodLabel(String periodLabel);

    @NotNull
    int getSnapshotId();

    void setSnapshotId(int snapshotId);

    @NotNull
    long getCompletedAtMillis();

    void setCompletedAtMillis(long completedAtMillis);
}
