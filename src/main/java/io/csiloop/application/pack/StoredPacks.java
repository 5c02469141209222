package io.csiloop.application.pack;

import io.csiloop.pack.PackSnapshots;
import io.csiloop.pack.StoredPack;

import java.util.List;
import java.util.Optional;

/**
 * The stakeholder packs an improvement has produced, as they were stored: served later exactly as presented,
 * never rendered anew from current data ({@link StakeholderPacks} produces them).
 */
public final class StoredPacks {

    private final PackSnapshots snapshots;

    public StoredPacks(PackSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** The packs of the improvement, newest first. */
    public List<StoredPack> ofImprovement(long issueId) {
        return snapshots.ofIssue(issueId);
    }

    /**
     * The pack with the id, only if the improvement produced it: whoever may see the improvement may see its packs,
     * so a pack is never reached through another issue.
     */
    public Optional<StoredPack> find(long issueId, int packId) {
        return snapshots.find(packId).filter(p -> p.issueId() == issueId);
    }
}
