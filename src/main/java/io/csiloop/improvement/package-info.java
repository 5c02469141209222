/**
 * Continual Service Improvement: an Improvement is one entry of the CSI register and walks the seven
 * improvement steps laid on the Deming cycle. Identify the approach and Define the measurement plan
 * it; Collect data and Process data do it; Analyse data and Present the knowledge check it; Implement
 * improvements acts on it. When the KPIs have moved the improvement is Improved, and "start next
 * cycle" takes it (from step 7 or from Improved) back to Collect data with the same measurements and
 * the next cycle number, because improvement never ends. An idea can be rejected at step 1 or 2.
 *
 * <p>Every step has a gate at its exit that lists all the evidence still missing. What only the KPI
 * side knows (measurement definitions, the data and snapshots of a cycle, the before/after verdict)
 * and what only the host knows (stakeholder packs, linked improvement actions) come in through
 * {@link io.csiloop.improvement.KpiFacts}, {@link io.csiloop.improvement.StakeholderPacks} and
 * {@link io.csiloop.process.LinkedWork}. The CSI register itself is kept by the repository
 * {@link io.csiloop.improvement.ImprovementRegister}.
 *
 * <p>May import: the JDK, {@code io.csiloop.kernel} and the shared process vocabulary of {@code io.csiloop.process};
 * never the lifecycle.
 */
package io.csiloop.improvement;
