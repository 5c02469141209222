package io.csiloop.pack;

import io.csiloop.kernel.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The stored stakeholder packs. Insert and read only: there is deliberately no update and no delete, so a pack
 * shown later is the pack that was presented. A cycle of an improvement has one pack, the one step 6 presents.
 */
@Repository
public interface PackSnapshots {

    /**
     * Runs the work in one transaction (joining one already running).
     *
     * @throws io.csiloop.kernel.ConcurrentChange when the work inserted the pack of a cycle that another
     *         transaction gave its pack meanwhile; nothing of the work is written
     */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Stores the pack as the one of its cycle, in a transaction of its own ({@link #inTransaction}) that writes
     * nothing after it. The database lets only the first of concurrent inserts for one cycle through.
     */
    StoredPack insert(long issueId, long projectId, int cycle, String actor, Instant at, String html, String csv,
                      String sourceData);

    Optional<StoredPack> find(int id);

    /** The pack of the issue's cycle: the first stored for it. */
    Optional<StoredPack> ofCycle(long issueId, int cycle);

    /** The packs of an issue, newest first. */
    List<StoredPack> ofIssue(long issueId);

    /**
     * Whether the issue has a stored pack of the cycle: what step 6's gate asks, counted in the database so that no
     * pack's HTML is read for it.
     */
    boolean producedFor(long issueId, int cycle);
}
