/**
 * Every table of CSI Loop and every repository over it, in Active Objects: measurement definitions with their
 * audit log, data points, KPI snapshots, gate evidence, the CSI register, stakeholder packs, and the automation's
 * configurations, completed periods, raised signals and settings.
 *
 * <p>Each repository interface lives beside its domain and carries {@link io.csiloop.kernel.Repository}
 * ({@code io.csiloop.measure.DataPoints}, {@code io.csiloop.process.GateEvidence},
 * {@code io.csiloop.application.automation.SettingsStore}...); its {@code Ao…} class here implements it over the
 * injected {@code com.atlassian.activeobjects.external.ActiveObjects}. Repositories take and return immutable
 * records; the entities of {@link io.csiloop.persistence.entity} never leave this package.
 *
 * <p>Every write is one {@code ActiveObjects.executeInTransaction} (the port {@code io.csiloop.port.Transactions}
 * is {@link io.csiloop.persistence.AoTransactions}, which the repositories join): a refused or failed write leaves
 * nothing behind. Bad input is refused before anything is written with {@code io.csiloop.kernel.InvalidRecord}
 * (every field error at once); broken constraints surface as domain refusals such as
 * {@code io.csiloop.measure.DuplicateMeasurementKey}, {@code io.csiloop.measure.DefinitionNotFound} or
 * {@code io.csiloop.kernel.ConcurrentChange}, never as a bare SQL error.
 *
 * <p>Reading is shaped for large data: data points are written in JDBC batches and read in keyset pages;
 * {@link io.csiloop.persistence.AoPeriodAggregates} lets the database total each day and rolls days up into
 * periods, taking the settled days that {@link io.csiloop.persistence.AoDayTotals} keeps totalled from those totals. The upgrade tasks of the data model live in {@link io.csiloop.persistence.upgrade}.
 *
 * <p>May import: Active Objects, the domain and the repository interfaces of the application layer; never Jira's
 * issues, HTTP, the views or the adapters.
 */
package io.csiloop.persistence;
