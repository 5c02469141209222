package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/**
 * A read-only projection of {@code AO_E7FE69_KPI_SNAPSHOT}: the row type of {@code SELECT DEFINITION_ID,
 * MAX(ID) AS LATEST_ID … GROUP BY DEFINITION_ID}, the newest snapshot of each definition. Never migrated,
 * never in {@code <ao>} (see {@link ObservedSpanView} for why it exists).
 */
@Table("KPI_SNAPSHOT")
public interface LatestSnapshotView extends Entity {

    int getDefinitionId();

    int getLatestId();
}
