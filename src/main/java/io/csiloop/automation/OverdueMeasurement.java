package io.csiloop.automation;

import io.csiloop.kpi.Period;
import io.csiloop.store.StoredDefinition;

/**
 * A measurement fed by hand (or by CSV) that has no data point for its latest closed period.
 *
 * @param definition the measurement
 * @param period the closed period without data
 */
public record OverdueMeasurement(StoredDefinition definition, Period period) {
}
