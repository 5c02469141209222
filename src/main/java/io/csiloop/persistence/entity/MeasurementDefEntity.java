package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * {@code AO_E7FE69_MEASUREMENT_DEF}: one measurement definition of a project, with every field of
 * {@code MeasurementDefinition}, its owner and a version that grows by one on every change. The key is unique
 * within a project (a unique index, so that two concurrent creations cannot both win).
 */
@Table("MEASUREMENT_DEF")
@Indexes(@Index(name = "project_key", methodNames = {"getProjectId", "getMeasureKey"}, unique = true))
public interface MeasurementDefEntity extends Entity, TargetColumns {

    @NotNull
    @Indexed
    long getProjectId();

    void setProjectId(long projectId);

    /** The Improvement issue that owns the measure, or null for a measure of the project alone. */
    @Indexed
    Long getImprovementId();

    void setImprovementId(Long improvementId);

    @NotNull
    @StringLength(50)
    String getMeasureKey();

    void setMeasureKey(String measureKey);

    @NotNull
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    @NotNull
    @StringLength(50)
    String getUnit();

    void setUnit(String unit);

    @NotNull
    @StringLength(30)
    String getDirection();

    void setDirection(String direction);

    @NotNull
    double getTolerance();

    void setTolerance(double tolerance);

    Double getBaseline();

    void setBaseline(Double baseline);

    @NotNull
    @StringLength(30)
    String getAggregation();

    void setAggregation(String aggregation);

    @NotNull
    @StringLength(30)
    String getPeriodUnit();

    void setPeriodUnit(String periodUnit);

    @NotNull
    @StringLength(30)
    String getDataSource();

    void setDataSource(String dataSource);

    @StringLength(StringLength.UNLIMITED)
    String getIdealMeasure();

    void setIdealMeasure(String idealMeasure);

    @StringLength(StringLength.UNLIMITED)
    String getMeasurableToday();

    void setMeasurableToday(String measurableToday);

    /** Nullable, added after the first release: AO adds it to a table with rows and no row needs a value. */
    Double getValidMin();

    void setValidMin(Double validMin);

    Double getValidMax();

    void setValidMax(Double validMax);

    /**
     * The rule profile's name; nullable, added after the first release: an old row (null) reads as the default
     * profile. Likewise {@link #getScreening()} (null: off) and {@link #getBaselinePeriods()} (null: 12).
     */
    String getRuleProfile();

    void setRuleProfile(String ruleProfile);

    Boolean getScreening();

    void setScreening(Boolean screening);

    Integer getBaselinePeriods();

    void setBaselinePeriods(Integer baselinePeriods);

    /**
     * The first epoch day (reporting zone) whose totals are not in {@link DayTotalEntity}: the days before it are
     * totalled there. Null until the scheduled run first rolls the definition's days up. Every write of the
     * definition's points lowers it to the earliest day it touched, in the same transaction, so that no stale total
     * is read; the next roll-forward raises it again.
     */
    Integer getDayTotalsBefore();

    void setDayTotalsBefore(Integer dayTotalsBefore);

    /**
     * When the definition's points were last written (recorded, imported, corrected or deleted). Writing it is how
     * a writer of points locks the definition's row for the rest of its transaction, so that writers and the
     * roll-forward of the day totals take turns (docs/persistence.md, "Day totals"); nullable, added after the
     * first release.
     */
    Long getPointsWrittenAtMillis();

    void setPointsWrittenAtMillis(Long pointsWrittenAtMillis);

    /**
     * When the day totals were last rolled forward; written first by each roll-forward to lock the row as a writer of
     * points does (a column of its own, so that the lock never writes back a mark it read before holding it).
     */
    Long getDayTotalsRolledAtMillis();

    void setDayTotalsRolledAtMillis(Long dayTotalsRolledAtMillis);

    @NotNull
    String getOwnerKey();

    void setOwnerKey(String ownerKey);

    @NotNull
    int getVersion();

    void setVersion(int version);

    @NotNull
    long getCreatedAtMillis();

    void setCreatedAtMillis(long createdAtMillis);

    @NotNull
    long getUpdatedAtMillis();

    void setUpdatedAtMillis(long updatedAtMillis);
}
