/**
 * Persistence of CSI Loop in Active Objects tables: measurement definitions with their audit log, data points,
 * KPI snapshots, gate evidence and the CSI register.
 *
 * <p>Each repository is a small interface named after what it holds ({@link io.csiloop.store.MeasurementDefinitions},
 * {@link io.csiloop.store.DataPoints}, {@link io.csiloop.store.KpiSnapshots}, {@link io.csiloop.store.GateEvidence},
 * {@link io.csiloop.store.ImprovementRegister}, {@link io.csiloop.store.DefinitionAudit}), implemented over the
 * injected {@code com.atlassian.activeobjects.external.ActiveObjects} by an {@code Ao…} class. Repositories take
 * and return immutable records; the entities of {@link io.csiloop.store.entity} never leave this package.
 *
 * <p>Every write is one {@code ActiveObjects.executeInTransaction}: a refused or failed write leaves nothing
 * behind. Bad input is refused before anything is written with {@link io.csiloop.store.InvalidRecord} (every field
 * error at once, as {@code io.csiloop.measure} refuses its records); broken constraints surface as
 * {@link io.csiloop.store.DuplicateMeasurementKey}, {@link io.csiloop.store.DefinitionNotFound} or
 * {@link io.csiloop.store.ConcurrentChange}, never as a bare SQL error.
 *
 * <p>Reading is shaped for large data: data points are written in JDBC batches and read in keyset pages;
 * {@link io.csiloop.store.PeriodAggregates} lets the database total each day of data and rolls days up into
 * periods; a {@link io.csiloop.store.ProjectScorecard} costs a constant number of statements. The upgrade tasks
 * of the data model live in {@link io.csiloop.store.upgrade}.
 */
package io.csiloop.store;
