/**
 * The use cases of measures: defining a project's measurement definitions ({@link
 * io.csiloop.application.measure.ProjectMeasures}), recording and reading their data points ({@link
 * io.csiloop.application.measure.DataPointLog}), and moving data points in and out as CSV ({@link
 * io.csiloop.application.measure.CsvImport}, {@link io.csiloop.application.measure.CsvExport}). One package
 * for both families: recording a point starts from the definition it measures, and both speak of the same
 * records. The services take input as a caller sends it (text, absent numbers), check all of it at once and
 * refuse with domain refusals that name every field ({@link io.csiloop.measure.DefinitionInvalid}, {@link
 * io.csiloop.measure.DataPointInvalid}, {@link io.csiloop.application.measure.CsvInvalid}); REST, panels and
 * servlets turn records and refusals into their own answers.
 *
 * <p>May import: the domain, {@code io.csiloop.port} and the gate layer (the current improvement cycle); never Jira,
 * HTTP, Active Objects or the adapters.
 */
package io.csiloop.application.measure;
