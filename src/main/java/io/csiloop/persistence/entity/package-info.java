/**
 * The Active Objects tables of CSI Loop, as entity interfaces. Nothing outside {@code io.csiloop.persistence}
 * sees them: the repositories map them to immutable domain records.
 *
 * <p>Conventions, checked by {@code SchemaConventionsTest} for every entity here:
 * <ul>
 *   <li>{@code …Entity} is a table. Each has an explicit short {@code @Table}, so that with Jira's prefix
 *       {@code AO_E7FE69_} the name stays within the 30 characters Active Objects allows, and each is listed in
 *       the {@code <ao>} module of {@code atlassian-plugin.xml}.</li>
 *   <li>{@code …View} is a read-only projection of an aggregate query over a table (its getters are the
 *       query's column aliases). It is never migrated and never listed in {@code <ao>}.</li>
 *   <li>No column is an SQL reserved word ({@code VALUE}, {@code KEY}, {@code PERIOD}…); instants are epoch
 *       milliseconds in {@code …_MILLIS} columns, so no database time zone ever applies.</li>
 *   <li>Every column a repository looks rows up or selects ranges by has an index. The automation's rows refer to
 *       a definition by id without a foreign key, so deleting a definition is never blocked by them.</li>
 * </ul>
 *
 * <p>May import: Active Objects ({@code net.java.ao}) only.
 */
package io.csiloop.persistence.entity;
