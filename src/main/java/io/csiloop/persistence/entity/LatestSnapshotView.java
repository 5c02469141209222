package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/**
 * A read-only projection of {@code AO_E7FE69_KPI_SNAPSHOT}: the row type of {@code SELECT DEFINITION_ID,
 * MAX(ID) AS LATEST_ID … GROUP BY DEFINITION_ID}, the newest snapshot of each definition. Active Objects reads an
 * aliased column into the getter of that name, so this type lets the database aggregate through AO's own query API.
 * Never migrated, never in {@code <ao>}.
 */
@Table("KPI_SNAPSHOT")
public interface LatestSnapshotView extends Entity {

    int getDefinitionId();

    int getLatestId();
}
