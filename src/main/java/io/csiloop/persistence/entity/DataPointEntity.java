package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * {@code AO_E7FE69_DATA_POINT}: one observed value of a measurement. Rows are written in batches through
 * {@code ActiveObjects.create(Class, List)}, never one by one, so the setters exist only for AO's model.
 *
 * <p>{@code OBSERVED_DAY} is the epoch day of the observation in the app's reporting zone, computed when the
 * row is written (model version 2; the upgrade task backfills older rows). It lets the database group a
 * definition's points by day, which days then roll up into weeks, months and quarters in Java.
 */
@Table("DATA_POINT")
@Indexes({
        @Index(name = "def_observed", methodNames = {"getDefinition", "getObservedAtMillis"}),
        @Index(name = "def_cycle", methodNames = {"getDefinition", "getImprovementCycle"})
})
public interface DataPointEntity extends Entity {

    @NotNull
    MeasurementDefEntity getDefinition();

    void setDefinition(MeasurementDefEntity definition);

    @NotNull
    long getObservedAtMillis();

    void setObservedAtMillis(long observedAtMillis);

    /** Null only on rows written before model version 2 and not yet backfilled. */
    Integer getObservedDay();

    void setObservedDay(Integer observedDay);

    @NotNull
    double getMeasuredValue();

    void setMeasuredValue(double measuredValue);

    @NotNull
    @StringLength(30)
    String getDataSource();

    void setDataSource(String dataSource);

    @StringLength(450)
    String getNote();

    void setNote(String note);

    /** The user key of who recorded it; null for automatic collection. */
    String getRecordedBy();

    void setRecordedBy(String recordedBy);

    @NotNull
    long getRecordedAtMillis();

    void setRecordedAtMillis(long recordedAtMillis);

    @NotNull
    int getImprovementCycle();

    void setImprovementCycle(int improvementCycle);
}
