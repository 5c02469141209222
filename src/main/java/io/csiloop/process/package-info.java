/**
 * The vocabulary both process models share: a {@link io.csiloop.process.WorkflowModel} of
 * {@link io.csiloop.process.WorkflowStatus}es (each in a Jira status category, with its ITIL guidance) and
 * {@link io.csiloop.process.WorkflowTransition}s, {@link io.csiloop.process.Gate}s that return a
 * {@link io.csiloop.process.GateVerdict} listing every {@link io.csiloop.process.MissingEvidence}, resolutions,
 * and what the host tells a gate about linked work ({@link io.csiloop.process.LinkedWork}). The answers a gate
 * reads are kept by the repository {@link io.csiloop.process.GateEvidence}, one item per answer.
 *
 * <p>May import: the JDK and {@code io.csiloop.kernel}. The lifecycle and the improvement model build on this
 * package; it never looks at either of them.
 */
package io.csiloop.process;
