/**
 * Automation of the KPI side of Continual Service Improvement, run by a scheduled job once per cluster: data
 * collected from Jira by JQL, KPI snapshots of every closed period, and signals that raise Improvement issues.
 *
 * <ul>
 *   <li>{@link io.csiloop.automation.AutomationRun}: one run over a {@link io.csiloop.automation.RunScope}, project
 *       by project under a cluster lock;</li>
 *   <li>{@link io.csiloop.automation.DefinitionRun}: one definition's due periods
 *       ({@link io.csiloop.automation.PeriodWindow}), each collected ({@link io.csiloop.automation.JqlCollector}) and
 *       completed in one transaction ({@link io.csiloop.automation.PeriodCompletion}), then its signals
 *       ({@link io.csiloop.automation.SignalWatch}) raised once each ({@link io.csiloop.automation.SignalRaising});</li>
 *   <li>{@link io.csiloop.automation.AutomationSettingsService} and
 *       {@link io.csiloop.automation.DefinitionAutomationService}: settings and per-definition configuration,
 *       checked at the edge; {@link io.csiloop.automation.OverdueMeasurements}: manual measures missing a value.</li>
 * </ul>
 *
 * <p>Application code: it speaks to Jira only through {@code io.csiloop.port} and to its own tables through the
 * repository interfaces here ({@link io.csiloop.automation.DefinitionAutomations},
 * {@link io.csiloop.automation.CompletedPeriods}, {@link io.csiloop.automation.RaisedSignals},
 * {@link io.csiloop.automation.SettingsStore}), implemented over Active Objects in
 * {@code io.csiloop.automation.store}. ArchUnit holds that line.
 */
package io.csiloop.automation;
