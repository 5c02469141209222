/**
 * Automation of the KPI side of Continual Service Improvement, run by a scheduled job once per cluster: data
 * collected from Jira by JQL, KPI snapshots of every closed period, and signals that raise Improvement issues.
 *
 * <ul>
 *   <li>{@link io.csiloop.application.automation.AutomationRun}: one run over a {@link io.csiloop.application.automation.RunScope}, project
 *       by project under a cluster lock;</li>
 *   <li>{@link io.csiloop.application.automation.DefinitionRun}: one definition's due periods
 *       ({@link io.csiloop.application.automation.PeriodWindow}), each collected ({@link io.csiloop.application.automation.JqlCollector}) and
 *       completed in one transaction ({@link io.csiloop.application.automation.PeriodCompletion}), then its signals
 *       ({@link io.csiloop.application.automation.SignalWatch}) raised once each ({@link io.csiloop.application.automation.SignalRaising});</li>
 *   <li>{@link io.csiloop.application.automation.AutomationSettingsService} and
 *       {@link io.csiloop.application.automation.DefinitionAutomationService}: settings and per-definition configuration,
 *       checked at the edge; {@link io.csiloop.application.automation.OverdueMeasurements}: manual measures missing a value.</li>
 * </ul>
 *
 * <p>Application code: it speaks to Jira only through {@code io.csiloop.port} and to its own tables through the
 * repository interfaces here ({@link io.csiloop.application.automation.DefinitionAutomations},
 * {@link io.csiloop.application.automation.CompletedPeriods}, {@link io.csiloop.application.automation.RaisedSignals},
 * {@link io.csiloop.application.automation.SettingsStore}), implemented over Active Objects in
 * {@code io.csiloop.persistence}. ArchUnit holds that line.
 *
 * <p>May import: the domain, {@code io.csiloop.port}, the gate layer and SLF4J; never Jira, HTTP or Active Objects.
 */
package io.csiloop.application.automation;
