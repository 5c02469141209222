package io.csiloop.process;

import io.csiloop.kernel.Repository;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence given for the gates of each issue: per issue and gate, the answer of each checklist item, who
 * gave it and when, and the history of every answer it replaced ({@link EvidenceChange}). Generic: gate ids, item
 * keys and answer states are the process model's names, stored as given, so this store does not change when the
 * checklists do. Whether a gate's evidence is locked is the gate layer's to decide; this store records the reason.
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
    default void answer(long issueId, String gateId, List<EvidenceAnswer> answers, String actor) {
        answer(issueId, gateId, answers, actor, null);
    }

    /**
     * Sets the answers as {@link #answer(long, String, List, String)} does and logs a version of every item whose
     * answer changed, in the same transaction: writes of one item are serialised, the slower of two writers that
     * read the same version fails and writes nothing.
     *
     * @param reason why the evidence is amended; null when it is no amendment, at most {@value
     *     EvidenceChange#REASON_MAX} characters
     * @throws InvalidRecord naming every invalid field before anything is written
     * @throws ConcurrentChange when another user answered one of the same items first, concurrently
     */
    void answer(long issueId, String gateId, List<EvidenceAnswer> answers, String actor, String reason);

    /** Every version of the answers of one gate of an issue, by item key, then oldest first. */
    List<EvidenceChange> history(long issueId, String gateId);

    /** The answers of one gate of an issue, ordered by item key. */
    List<EvidenceItem> of(long issueId, String gateId);

    /** All answers of an issue by gate id, each gate's ordered by item key. */
    Map<String, List<EvidenceItem>> of(long issueId);

    /**
     * {@link #of(long)} of each of the issues that has answers, by issue id: one read for all of them where the store
     * can. One by one by default.
     */
    default Map<Long, Map<String, List<EvidenceItem>>> ofIssues(Collection<Long> issueIds) {
        Map<Long, Map<String, List<EvidenceItem>>> answers = new LinkedHashMap<>();
        issueIds.stream().distinct().forEach(id -> {
            Map<String, List<EvidenceItem>> of = of(id);
            if (!of.isEmpty()) {
                answers.put(id, of);
            }
        });
        return answers;
    }

    /**
     * Removes all evidence of an issue with its history (the issue was deleted); returns how many answers were
     * removed.
     */
    int removeIssue(long issueId);
}
