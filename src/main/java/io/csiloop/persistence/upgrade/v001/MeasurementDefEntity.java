package io.csiloop.persistence.upgrade.v001;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Frozen: {@code AO_E7FE69_MEASUREMENT_DEF} at model version 1. Getters only: they alone define the columns,
 * and nothing writes through this copy but {@code ActiveObjects.create}.
 */
@Table("MEASUREMENT_DEF")
@Indexes(@Index(name = "project_key", methodNames = {"getProjectId", "getMeasureKey"}, unique = true))
public interface MeasurementDefEntity extends Entity {

    @NotNull
    @Indexed
    long getProjectId();


    @Indexed
    Long getImprovementId();


    @NotNull
    @StringLength(50)
    String getMeasureKey();


    @NotNull
    String getName();


    @StringLength(StringLength.UNLIMITED)
    String getDescription();


    @NotNull
    @StringLength(50)
    String getUnit();


    @NotNull
    @StringLength(30)
    String getDirection();


    Double getTarget();


    Double getBandLow();


    Double getBandHigh();


    @NotNull
    double getTolerance();


    Double getBaseline();


    @NotNull
    @StringLength(30)
    String getAggregation();


    @NotNull
    @StringLength(30)
    String getPeriodUnit();


    @NotNull
    @StringLength(30)
    String getDataSource();


    @StringLength(StringLength.UNLIMITED)
    String getIdealMeasure();


    @StringLength(StringLength.UNLIMITED)
    String getMeasurableToday();


    @NotNull
    String getOwnerKey();


    @NotNull
    int getVersion();


    @NotNull
    long getCreatedAtMillis();


    @NotNull
    long getUpdatedAtMillis();

}
