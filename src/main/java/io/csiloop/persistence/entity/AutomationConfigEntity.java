package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * {@code AO_E7FE69_AUTO_DEF_CONFIG}: the automation of one measurement definition (its JQL collection and when its
 * signals raise Improvements) with the progress of its collection.
 */
@Table("AUTO_DEF_CONFIG")
public interface AutomationConfigEntity extends Entity {

    @NotNull
    @Unique
    int getDefinitionId();

    void setDefinitionId(int definitionId);

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    /** Null for a definition fed by hand. */
    @StringLength(StringLength.UNLIMITED)
    String getJql();

    void setJql(String jql);

    @StringLength(30)
    String getCollectedMeasure();

    void setCollectedMeasure(String collectedMeasure);

    @StringLength(30)
    String getDurationUnit();

    void setDurationUnit(String durationUnit);

    @NotNull
    boolean isRaiseEnabled();

    void setRaiseEnabled(boolean raiseEnabled);

    @NotNull
    int getOffTargetPeriods();

    void setOffTargetPeriods(int offTargetPeriods);

    @NotNull
    boolean isChartSignals();

    void setChartSignals(boolean chartSignals);

    @NotNull
    int getBackfillPeriods();

    void setBackfillPeriods(int backfillPeriods);

    @NotNull
    String getActorKey();

    void setActorKey(String actorKey);

    @NotNull
    long getUpdatedAtMillis();

    void setUpdatedAtMillis(long updatedAtMillis);

    @NotNull
    int getPeriodsDone();

    void setPeriodsDone(int periodsDone);

    @NotNull
    int getPeriodsTotal();

    void setPeriodsTotal(int periodsTotal);

    @StringLength(StringLength.UNLIMITED)
    String getLastError();

    void setLastError(String lastError);

    Long getLastErrorAtMillis();

    void setLastErrorAtMillis(Long lastErrorAtMillis);

    Long getLastRunAtMillis();

    void setLastRunAtMillis(Long lastRunAtMillis);
}
