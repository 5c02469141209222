package io.csiloop.improvement;

import io.csiloop.kernel.Repository;

import java.util.List;
import java.util.Optional;

/** The CSI register: the improvement fields of every Improvement issue, one entry per issue. */
@Repository
public interface ImprovementRegister {

    /**
     * Creates or replaces the entry of the issue.
     *
     * @throws InvalidRecord naming every invalid field before anything is written
     */
    RegisterEntry save(RegisterEntry entry);

    Optional<RegisterEntry> find(long issueId);

    /** The project's entries ordered by issue id. */
    List<RegisterEntry> ofProject(long projectId);

    /**
     * "Start next cycle": adds one to the issue's cycle, keeping everything else, and returns the new number.
     *
     * @throws java.util.NoSuchElementException when the issue has no entry
     */
    int startNextCycle(long issueId);

    /** Removes the entry of the issue (it was deleted); false when there was none. */
    boolean remove(long issueId);
}
