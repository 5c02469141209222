/**
 * An issue in its process: which CSI Loop issue type it is ({@link io.csiloop.application.process.CsiLoopIssueType}),
 * which workflow status its Jira status is, by the one rule of {@link io.csiloop.application.process.ProcessNames}
 * (the English names setup gives types and statuses), where it stands (its place, the transitions and gates ahead,
 * its improvement cycle and CSI register entry) and the answers to its gates ({@link
 * io.csiloop.application.process.IssueProcesses}). REST, the panels, the project page and the dashboard items ask
 * here, so no other class spells an issue type or a status name.
 *
 * <p>May import: the domain, {@code io.csiloop.port} and the gate layer; never Jira, HTTP, Active Objects or the
 * adapters.
 */
package io.csiloop.application.process;
