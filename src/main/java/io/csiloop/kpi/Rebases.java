package io.csiloop.kpi;

import io.csiloop.kernel.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The rebases people approved for measures: every approval kept, none ever rewritten, so the history of a chart's
 * phases can always be shown. A measure has at most one rebase a period: two approvals that begin their phase with
 * the same period are one rebase twice.
 */
@Repository
public interface Rebases {

    /**
     * Records an approved rebase whose phase begins at {@code phaseStart} (the start of the first period at or after
     * the rebase), in one transaction.
     *
     * @throws DuplicateRebase when the measure already has a rebase whose phase begins there; nothing was written
     */
    StoredRebase approve(int definitionId, Instant phaseStart, Rebase rebase);

    /** Every rebase of the measure, oldest approval first. */
    List<StoredRebase> of(int definitionId);

    /** The rebases of the measures approved at or before the moment, by definition id: one read for all. */
    Map<Integer, List<Rebase>> approvedBy(Collection<Integer> definitionIds, Instant moment);
}
