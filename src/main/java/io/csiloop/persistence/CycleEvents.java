package io.csiloop.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.csiloop.persistence.entity.CycleEventEntity;
import net.java.ao.DBParam;

/**
 * Claims the one occurrence of an event in an improvement's cycle; called only inside the transaction of the
 * write the event guards. The unique (issue, cycle, event) index makes the claim fail for every writer but the
 * first, so their whole transactions roll back: a read-then-write that two requests race through cannot happen
 * twice.
 * <p>
 * <b>The claim is the last insert of its transaction</b>, and the transaction inserts nothing else that a racing
 * writer could collide with. A losing claim waits for the winner's transaction to end (the unique index's
 * uncommitted entry), and on HSQLDB it waits inside AO's insert, which its provider runs under a lock on itself
 * (a {@code synchronized executeInsertReturningKey}). Had the winner an insert still to make after its claim, it
 * would wait for that lock, held by the loser that waits for the winner: neither ends. (The first version claimed
 * first and stored the pack second, and {@code PackRaceTest} hung on HSQLDB whenever a loser reached its claim
 * between the two.) Writes after the claim are updates or none; updates take no such lock.
 */
final class CycleEvents {

    /** The events that happen once per cycle. */
    enum Kind {
        /** The cycle ended and the next one started. */
        NEXT_CYCLE_STARTED,
        /** The cycle's stakeholder pack was produced. */
        PACK_PRODUCED
    }

    private CycleEvents() {
    }

    /** Claims the event; inside a transaction, whose commit fails or whose insert throws for every later claim. */
    static void claim(ActiveObjects ao, long issueId, int cycle, Kind kind) {
        ao.create(CycleEventEntity.class, new DBParam("ISSUE_ID", issueId), new DBParam("CYCLE_NUMBER", cycle),
                new DBParam("EVENT_KIND", kind.name()));
    }

    /** Forgets the events of one kind of a deleted issue. */
    static void forget(ActiveObjects ao, long issueId, Kind kind) {
        ao.deleteWithSQL(CycleEventEntity.class, "ISSUE_ID = ? AND EVENT_KIND = ?", issueId, kind.name());
    }
}
