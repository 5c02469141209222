package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/**
 * A read-only projection of {@code AO_E7FE69_DATA_POINT} grouped by definition: the row type of {@code SELECT
 * DEFINITION_ID, MIN(OBSERVED_AT_MILLIS) AS FIRST_MILLIS, MAX(OBSERVED_AT_MILLIS) AS LAST_MILLIS … GROUP BY
 * DEFINITION_ID}, where each definition's points begin and end. Active Objects reads an aliased column into
 * the getter of that name, so this type lets the database aggregate through AO's own query API. Never migrated,
 * never in {@code <ao>}.
 */
@Table("DATA_POINT")
public interface ObservedSpanView extends Entity {

    int getDefinitionId();

    long getFirstMillis();

    long getLastMillis();
}
