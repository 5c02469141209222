/**
 * The project lifecycle: a Lifecycle Project moves from Initiation through Planning, Executing and
 * Monitor &amp; Control (looping between the two as often as the work needs) to Closing and Closed,
 * and can be cancelled from any open phase. Each phase that cannot be left freely has a gate, and a
 * gate never just says no: it lists every piece of evidence still missing (the charter, the seven
 * guiding principles answered, the Four Dimensions considered, a progress report, the handover into
 * operations), each as an i18n key with its parameters.
 *
 * <p>The lifecycle builds on the process vocabulary of {@code io.csiloop.process}; what Jira knows (linked work)
 * comes in through small interfaces such as {@link io.csiloop.process.LinkedWork}.
 *
 * <p>May import: the JDK, {@code io.csiloop.kernel} and {@code io.csiloop.process}; never the improvement model.
 */
package io.csiloop.lifecycle;
