package io.csiloop.persistence.upgrade.v002;

import io.csiloop.persistence.upgrade.v001.MeasurementDefEntity;
import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Frozen: {@code AO_E7FE69_DATA_POINT} at model version 2, which added the nullable {@code OBSERVED_DAY} (nullable
 * so that the column can be added to a table that has rows). Getters only, but the day's setter, which the
 * backfill writes through.
 */
@Table("DATA_POINT")
@Indexes({
        @Index(name = "def_observed", methodNames = {"getDefinition", "getObservedAtMillis"}),
        @Index(name = "def_cycle", methodNames = {"getDefinition", "getImprovementCycle"})
})
public interface DataPointEntity extends Entity {

    @NotNull
    MeasurementDefEntity getDefinition();

    @NotNull
    long getObservedAtMillis();

    Integer getObservedDay();

    void setObservedDay(Integer observedDay);

    @NotNull
    double getMeasuredValue();

    @NotNull
    @StringLength(30)
    String getDataSource();

    @StringLength(450)
    String getNote();

    String getRecordedBy();

    @NotNull
    long getRecordedAtMillis();

    @NotNull
    int getImprovementCycle();
}
