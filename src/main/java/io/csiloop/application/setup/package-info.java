/**
 * Putting CSI Loop into Jira's configuration: {@link io.csiloop.application.setup.CsiLoopSetup} finds or creates
 * the issue types, statuses, resolutions, workflows and the workflow scheme through the port
 * {@link io.csiloop.application.setup.SetupCatalog}, so that running it twice is tested without Jira; the
 * workflow XML shipped in the plugin is filled in by {@link io.csiloop.application.setup.WorkflowXmlTemplate}.
 *
 * <p>May import: the domain and {@code io.csiloop.port}; never Jira (its side is {@code io.csiloop.jira.setup}).
 */
package io.csiloop.application.setup;
