package io.csiloop.application.kpi;

import io.csiloop.kpi.ProcessChanges;
import io.csiloop.measure.StoredDefinition;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The process changes of measures as they stand at a moment: the go-live dates the owning Improvements' step 7
 * recorded (or their entry into step 7 until one is recorded) and the approved rebases. One read for many measures,
 * as the readings are made.
 */
public interface MeasureChanges {

    /**
     * @return by definition id; a measure without changes may be absent ({@link ProcessChanges#none()})
     */
    Map<Integer, ProcessChanges> at(List<StoredDefinition> measures, Instant moment);
}
