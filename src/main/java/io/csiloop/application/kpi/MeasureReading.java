package io.csiloop.application.kpi;

import io.csiloop.kpi.KpiReading;
import io.csiloop.measure.StoredDefinition;

/**
 * A stored measure with its KPI reading at one moment.
 *
 * @param definition the definition as stored now
 * @param reading its reading
 */
public record MeasureReading(StoredDefinition definition, KpiReading reading) {
}
