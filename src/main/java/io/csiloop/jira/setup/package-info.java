/**
 * The Jira side of setup: {@link io.csiloop.jira.setup.JiraSetupCatalog} implements the setup catalog over
 * Jira's managers, and {@link io.csiloop.jira.setup.SetupOnEnable} runs setup each time the plugin starts.
 *
 * <p>May import: everything, Jira's API included; it holds no decision of its own.
 */
package io.csiloop.jira.setup;
