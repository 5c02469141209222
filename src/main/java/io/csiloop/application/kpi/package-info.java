/**
 * Reading KPIs for people: the project scorecard and the analyses the panels, the dashboard items, the REST API
 * and the snapshots show, read from the repositories through the KPI engine of {@code io.csiloop.kpi}.
 *
 * <p>May import: the domain and {@code io.csiloop.port}; never Jira, HTTP, Active Objects or the adapters.
 */
package io.csiloop.application.kpi;
