/**
 * The workflow modules of both CSI Loop workflows, each a few lines: the gate condition and validator ask the gate
 * layer ({@code io.csiloop.application.gate}) for a verdict; the post-functions record a gate decision, take the
 * KPI snapshots of a cycle and start the next improvement cycle; the factories read and check their parameters.
 *
 * <p>May import: everything, Jira's and OSWorkflow's API included; never the tables.
 */
package io.csiloop.jira.workflow;
