package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * {@code AO_E7FE69_KPI_SNAPSHOT}: the KPI of one period as computed at one moment, with the definition version
 * and the target in force then, so that history stays true when the definition changes later. Snapshots are
 * looked up by definition only, through the index Active Objects puts on every relation column.
 */
@Table("KPI_SNAPSHOT")
public interface KpiSnapshotEntity extends Entity, TargetColumns {

    @NotNull
    MeasurementDefEntity getDefinition();

    void setDefinition(MeasurementDefEntity definition);

    @NotNull
    int getDefinitionVersion();

    void setDefinitionVersion(int definitionVersion);

    @NotNull
    long getPeriodStartMillis();

    void setPeriodStartMillis(long periodStartMillis);

    @NotNull
    long getPeriodEndMillis();

    void setPeriodEndMillis(long periodEndMillis);

    @NotNull
    @StringLength(20)
    String getPeriodLabel();

    void setPeriodLabel(String periodLabel);

    @NotNull
    @StringLength(30)
    String getPeriodUnit();

    void setPeriodUnit(String periodUnit);

    /** Null when the period had no data. */
    Double getKpiValue();

    void setKpiValue(Double kpiValue);

    @NotNull
    int getSampleCount();

    void setSampleCount(int sampleCount);

    @NotNull
    @StringLength(30)
    String getStatus();

    void setStatus(String status);

    Double getGap();

    void setGap(Double gap);

    Double getTrendSlope();

    void setTrendSlope(Double trendSlope);

    /** The control-chart rules that fired, comma-separated in declaration order; null when none did. */
    String getChartSignals();

    void setChartSignals(String chartSignals);

    /**
     * The rule profile the signals were read with ({@code RuleProfile} name). Null on rows stored before it was
     * recorded: a nullable column added without a model version, and no backfill, because the row never said which
     * rules it was read with.
     */
    @StringLength(30)
    String getRuleProfile();

    void setRuleProfile(String ruleProfile);

    @NotNull
    @StringLength(30)
    String getTriggeredBy();

    void setTriggeredBy(String triggeredBy);

    @NotNull
    long getTakenAtMillis();

    void setTakenAtMillis(long takenAtMillis);

    @NotNull
    int getImprovementCycle();

    void setImprovementCycle(int improvementCycle);
}
