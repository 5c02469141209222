/**
 * The Jira side of setup when the plugin starts: {@link io.csiloop.jira.setup.SetupOnEnable} runs
 * {@code io.csiloop.application.setup.CsiLoopSetup} on every enable, over the setup catalog that
 * {@code io.csiloop.jira.host.JiraSetupCatalog} implements with Jira's managers, and {@link
 * io.csiloop.jira.setup.LastSetup} remembers what the last run could not do (a service Jira did not provide).
 *
 * <p>May import: everything, Jira's API included; it holds no decision of its own.
 */
package io.csiloop.jira.setup;
