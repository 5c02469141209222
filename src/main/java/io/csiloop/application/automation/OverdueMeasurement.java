package io.csiloop.application.automation;

import io.csiloop.kpi.Period;
import io.csiloop.measure.StoredDefinition;

/**
 * A measurement fed by hand (or by CSV) that has no data point for its latest closed period.
 *
 * @param definition the measurement
 * @param period the closed period without data
 */
public record OverdueMeasurement(StoredDefinition definition, Period period) {
}
