package io.csiloop.application.gate;

import io.csiloop.improvement.ImprovementCycle;
import io.csiloop.improvement.StakeholderPacks;
import io.csiloop.pack.PackSnapshots;

/**
 * Stakeholder packs as the gate "Decision recorded" sees them: a cycle has its pack when a pack of that cycle is
 * stored, and nothing else counts. No evidence item a client could write stands in for it, so the gate cannot be
 * passed by ticking a box or forging an answer.
 */
final class StoredStakeholderPacks implements StakeholderPacks {

    private final PackSnapshots packs;
    private final long issueId;

    StoredStakeholderPacks(PackSnapshots packs, long issueId) {
        this.packs = packs;
        this.issueId = issueId;
    }

    @Override
    public boolean producedFor(ImprovementCycle cycle) {
        return packs.producedFor(issueId, cycle.number());
    }
}
