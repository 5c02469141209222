/**
 * The upgrade tasks of CSI Loop's Active Objects model, listed in the {@code <ao>} module. Inside Jira the AO
 * plugin runs, before it migrates the current entities, every task whose model version is newer than the one
 * it stored for the plugin (0 on a fresh install), in ascending order, each in its own transaction, and then
 * stores the task's version. Outside Jira {@code io.csiloop.host.ao.ModelUpgradeRunner} does the same.
 *
 * <p>A task works on frozen copies of the entities as they were at its versions ({@code v001}, {@code v002}…),
 * never on the current ones: the current entities move on, and a task that migrated them would run later
 * versions' schema changes before those versions' own tasks. A frozen copy is never edited once released, and
 * must match its version exactly (columns, indexes, relations), because migrating it also reconciles indexes.
 *
 * <p>Model versions: 1, the first release (no task); 2, {@link io.csiloop.persistence.upgrade.V002ObservedDay}.
 *
 * <p>May import: Active Objects, the frozen entity copies below it, the domain; never the current entities.
 */
package io.csiloop.persistence.upgrade;
