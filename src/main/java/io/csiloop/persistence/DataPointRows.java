package io.csiloop.persistence;

import io.csiloop.measure.DataPoint;
import io.csiloop.measure.MeasurementSource;
import io.csiloop.measure.NewDataPoint;
import io.csiloop.measure.Provenance;
import io.csiloop.measure.ReportingZone;
import io.csiloop.measure.StoredDataPoint;
import io.csiloop.persistence.entity.DataPointEntity;

import java.time.Instant;

/** Maps data points between their table row and their domain records. */
final class DataPointRows {

    /** The columns the KPI engine needs, and the keyset paging's (observed at, id). */
    static final String POINT_COLUMNS = "ID, OBSERVED_AT_MILLIS, MEASURED_VALUE";
    static final String ALL_COLUMNS = POINT_COLUMNS
            + ", DATA_SOURCE, NOTE, RECORDED_BY, RECORDED_AT_MILLIS, IMPROVEMENT_CYCLE";

    private DataPointRows() {
    }

    /** Puts the corrected observation and note into the row and saves it; the provenance stays. */
    static void correct(DataPointEntity row, ReportingZone zone, NewDataPoint corrected) {
        Instant observedAt = corrected.point().observedAt();
        row.setObservedAtMillis(observedAt.toEpochMilli());
        row.setObservedDay(zone.dayOf(observedAt));
        row.setMeasuredValue(corrected.point().value());
        row.setNote(corrected.note());
        row.save();
    }

    static DataPoint point(DataPointEntity row) {
        return new DataPoint(Instant.ofEpochMilli(row.getObservedAtMillis()), row.getMeasuredValue());
    }

    static StoredDataPoint stored(int definitionId, DataPointEntity row) {
        Provenance provenance = new Provenance(MeasurementSource.valueOf(row.getDataSource()), row.getRecordedBy(),
                row.getImprovementCycle());
        return new StoredDataPoint(row.getID(), definitionId, point(row), row.getNote(), provenance,
                Instant.ofEpochMilli(row.getRecordedAtMillis()));
    }
}
