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
 *
 * <p>{@code def_observed_value} covers that grouping: its leading columns find a definition's window, and the day
 * and value ride along, so the database totals a window from the index alone (PostgreSQL's index-only scan) instead
 * of visiting a table page for every point. A busy measure's points are spread over most of the table's pages (every
 * measure writes into the same table as time goes on), and at 10,000,000 points visiting them was most of a KPI's
 * time: see docs/benchmarks.md, "At scale". It replaces the index on the first two columns alone, which it serves too
 * (the pages, the export and where a series begins and ends read by its prefix), so writes maintain no more indexes.
 */
@Table("DATA_POINT")
@Indexes({
        @Index(name = "def_observed_value", methodNames = {"getDefinition", "getObservedAtMillis", "getObservedDay", "getMeasuredValue"}),
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
