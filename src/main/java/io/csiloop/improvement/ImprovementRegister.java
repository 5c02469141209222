package io.csiloop.improvement;

import io.csiloop.kernel.Repository;

import java.util.List;
import java.util.Optional;

/** The CSI register: the improvement fields of every Improvement issue, one entry per issue. */
@Repository
public interface ImprovementRegister {

    /**
     * Creates or replaces the entry of the issue. The cycle of an entry that exists already is kept: only
     * {@link #startNextCycle} moves it, so that an edit of the fields that read the cycle before a concurrent start
     * of the next cycle cannot put it back.
     *
     * @throws InvalidRecord naming every invalid field before anything is written
     */
    RegisterEntry save(RegisterEntry entry);

    Optional<RegisterEntry> find(long issueId);

    /** The project's entries ordered by issue id. */
    List<RegisterEntry> ofProject(long projectId);

    /**
     * "Start next cycle" from cycle {@code from}: moves the issue to the cycle after it, keeping everything else,
     * and creates the entry (with only its cycle) when there is none, an issue without one being in cycle 1. It
     * happens once per cycle, atomically in the database, however many calls race for it.
     *
     * @return true when this call moved the issue on; false when the issue is not in cycle {@code from}, in
     *         particular because another call moved it on first
     * @throws io.csiloop.kernel.ConcurrentChange when the entry was created meanwhile by a concurrent save
     */
    boolean startNextCycle(long issueId, long projectId, int from);

    /** Removes the entry of the issue (it was deleted); false when there was none. */
    boolean remove(long issueId);
}
