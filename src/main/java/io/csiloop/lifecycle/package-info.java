/**
 * The project lifecycle: a Lifecycle Project moves from Initiation through Planning, Executing and
 * Monitor &amp; Control (looping between the two as often as the work needs) to Closing and Closed,
 * and can be cancelled from any open phase. Each phase that cannot be left freely has a gate, and a
 * gate never just says no: it lists every piece of evidence still missing (the charter, the seven
 * guiding principles answered, the Four Dimensions considered, a progress report, the handover into
 * operations), each as an i18n key with its parameters.
 *
 * <p>The package also holds the vocabulary both process models share: statuses with their Jira status
 * category and ITIL guidance, transitions, gates and their verdicts, and {@link io.csiloop.process.WorkflowModel},
 * the value the workflow XML is checked against. The Continual Service Improvement model in
 * {@code io.csiloop.improvement} builds on it; this package never looks the other way. Only the JDK is
 * used here: what Jira knows (linked work) comes in through small interfaces such as
 * {@link io.csiloop.process.LinkedWork}.
 */
package io.csiloop.lifecycle;
