/**
 * Frozen copies of the entities that changed at model version 2 (the data point gained {@code OBSERVED_DAY});
 * unchanged ones are those of {@link io.csiloop.persistence.upgrade.v001}. Never edit them.
 *
 * <p>May import: Active Objects only.
 */
package io.csiloop.persistence.upgrade.v002;
