package io.csiloop.view;

import io.csiloop.pack.StoredPack;
import io.csiloop.view.automation.Times;

import java.time.ZoneId;
import java.util.List;

/**
 * The stakeholder packs of the improvement's current cycle, as the panel shows them at step 6: what the gate
 * "Decision recorded" looks at. A pack is produced by the button, never ticked: the gate counts only stored packs.
 * A cycle has one pack, so once it is stored the section shows it and offers the button no more.
 *
 * @param packs      the cycle's stored packs, newest first
 * @param mayProduce whether the viewer may produce one (Jira's "Edit Issues")
 */
public record StakeholderPackSection(List<PackLink> packs, boolean mayProduce) {

    public StakeholderPackSection {
        packs = List.copyOf(packs);
    }

    /**
     * The section of the cycle's packs among all the improvement's, their times in the reporting zone (the zone the
     * pack itself states its time in).
     */
    static StakeholderPackSection of(List<StoredPack> stored, int cycle, boolean mayProduce, ZoneId zone) {
        return new StakeholderPackSection(stored.stream().filter(p -> p.cycle() == cycle)
                .map(p -> new PackLink(p.id(), Times.format(p.createdAt(), zone))).toList(), mayProduce);
    }

    public List<PackLink> getPacks() {
        return packs;
    }

    /** Whether the cycle has a stored pack, so the gate no longer misses it. */
    public boolean isProduced() {
        return !packs.isEmpty();
    }

    /** Whether the panel offers the button: to a viewer who may produce, while the cycle has no pack. */
    public boolean isMayProduce() {
        return mayProduce && packs.isEmpty();
    }
}
