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
