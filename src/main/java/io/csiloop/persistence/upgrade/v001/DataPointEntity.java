package io.csiloop.persistence.upgrade.v001;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Frozen: {@code AO_E7FE69_DATA_POINT} at model version 1, before {@code OBSERVED_DAY}. Getters only. */
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
