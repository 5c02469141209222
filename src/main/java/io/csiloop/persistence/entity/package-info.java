/**
 * The Active Objects tables of the automation, as entity interfaces, following the store's conventions: a short
 * explicit {@code @Table} (the prefixed name stays within 30 characters), every one listed in the {@code <ao>}
 * module, no SQL reserved word as a column, instants as epoch milliseconds in {@code …_MILLIS} columns, an index on
 * every column looked up by. Definitions are referred to by id without a foreign key, so that deleting a
 * definition in the store is never blocked by the automation's rows.
 */
package io.csiloop.persistence.entity;
