/**
 * The gate layer: the one place that knows what a gate looks at. {@link io.csiloop.application.gate.GateReviews}
 * assembles an issue's review from the gate evidence, the measures, their data and snapshots and the linked
 * work, evaluates the gate the workflow names, and records evidence and passages; the typed evidence of each
 * model is mapped to and from stored items here. The workflow validator and condition, the REST API and the
 * panels all ask this package, so they never disagree about a gate.
 *
 * <p>May import: the domain ({@code kernel}, {@code process}, {@code lifecycle}, {@code improvement},
 * {@code measure}, {@code kpi}, {@code pack} for whether a cycle's stakeholder pack is stored),
 * {@code io.csiloop.application.kpi} for the before/after verdict at the change, and
 * {@code io.csiloop.port}; never Jira, HTTP, Active Objects or the adapters.
 */
package io.csiloop.application.gate;
