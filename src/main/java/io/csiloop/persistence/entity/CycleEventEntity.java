package io.csiloop.persistence.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * {@code AO_E7FE69_CYCLE_EVENT}: something that happens once in each cycle of an improvement, such as the start of
 * the next cycle or the production of the cycle's stakeholder pack. The unique index on issue, cycle and event is
 * what makes it happen once, however many requests race for it and on whichever node: the database lets one
 * insert through and refuses the others.
 */
@Table("CYCLE_EVENT")
@Indexes(@Index(name = "issue_cycle_event", methodNames = {"getIssueId", "getCycleNumber", "getEventKind"},
        unique = true))
public interface CycleEventEntity extends Entity {

    @NotNull
    long getIssueId();

    void setIssueId(long issueId);

    @NotNull
    int getCycleNumber();

    void setCycleNumber(int cycleNumber);

    /** A name of {@code io.csiloop.persistence.CycleEvents.Kind}. */
    @NotNull
    @StringLength(20)
    String getEventKind();

    void setEventKind(String eventKind);
}
