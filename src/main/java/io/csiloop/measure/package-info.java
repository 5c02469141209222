/**
 * Measurements of the Continual Service Improvement loop: what is measured and how it is judged.
 *
 * <p>Step 2 of the seven-step improvement process ("Define the measurement", Plan) produces a
 * {@link io.csiloop.measure.MeasurementDefinition}: unit, direction, target or band, tolerance,
 * baseline, aggregation, period and source, together with the gap-analysis pair "ideal measure"
 * and "measurable today". Step 3 ("Collect data", Do) produces {@link io.csiloop.measure.DataPoint}s.
 *
 * <p>Everything here is plain JDK code: identity, project, owner and versioning of a definition
 * belong to the storage layer. Invalid input is refused with every {@link io.csiloop.kernel.FieldError}
 * at once, each naming its field and an i18n key ({@code csiloop.measure.error.*}), so that a REST
 * layer can map them to JSON one to one.
 *
 * <p>May import: the JDK and {@code io.csiloop.kernel}; never the analysis in {@code io.csiloop.kpi}.
 */
package io.csiloop.measure;
