package io.csiloop.process;

import io.csiloop.kernel.Repository;

import java.util.List;
import java.util.Map;

/**
 * The evidence given for the gates of each issue: per issue and gate, the answer of each checklist item, who
 * gave it and when. Generic: gate ids, item keys and answer states are the process model's names, stored as
 * given, so this store does not change when the checklists do.
 */
@Repository
public interface GateEvidence {

    /**
     * Sets the answers of the given items of one gate, in one transaction; items not mentioned keep theirs. An
     * answer equal to the stored one keeps its original author and time.
     *
     * @throws InvalidRecord naming every invalid field before anything is written
     * @throws ConcurrentChange when another user answered one of the same items first, concurrently
     */
    void answer(long issueId, String gateId, List<EvidenceAnswer> answers, String actor);

    /** The answers of one gate of an issue, ordered by item key. */
    List<EvidenceItem> of(long issueId, String gateId);

    /** All answers of an issue by gate id, each gate's ordered by item key. */
    Map<String, List<EvidenceItem>> of(long issueId);

    /** Removes all evidence of an issue (the issue was deleted); returns how many answers were removed. */
    int removeIssue(long issueId);
}
