package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Table;

/**
 * A read-only projection of {@code AO_E7FE69_DATA_POINT} grouped by definition and observed day: the row type
 * of {@code SELECT DEFINITION_ID, OBSERVED_DAY, COUNT(ID) AS POINT_COUNT, SUM(MEASURED_VALUE) AS VALUE_SUM, …
 * GROUP BY DEFINITION_ID, OBSERVED_DAY}. Active Objects reads an aliased column into the getter of that name,
 * so this type lets the database aggregate through AO's own query API. Never migrated, never in {@code <ao>}.
 */
@Table("DATA_POINT")
public interface DayTotalView extends Entity {

    int getDefinitionId();

    Integer getObservedDay();

    int getPointCount();

    double getValueSum();

    double getValueMin();

    double getValueMax();
}
