package io.csiloop.view;

import io.csiloop.pack.StoredPack;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The stakeholder packs of the improvement's current cycle, as the panel shows them at step 6: what the gate
 * "Decision recorded" looks at. A pack is produced by the button, never ticked: the gate counts only stored packs.
 *
 * @param packs      the cycle's stored packs, newest first
 * @param mayProduce whether the viewer may produce one (Jira's "Edit Issues")
 */
public record StakeholderPackSection(List<PackLink> packs, boolean mayProduce) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public StakeholderPackSection {
        packs = List.copyOf(packs);
    }

    /** The section of the cycle's packs among all the improvement's. */
    static StakeholderPackSection of(List<StoredPack> stored, int cycle, boolean mayProduce) {
        return new StakeholderPackSection(stored.stream().filter(p -> p.cycle() == cycle)
                .map(p -> new PackLink(p.id(), WHEN.format(p.createdAt()))).toList(), mayProduce);
    }

    public List<PackLink> getPacks() {
        return packs;
    }

    /** Whether the cycle has a stored pack, so the gate no longer misses it. */
    public boolean isProduced() {
        return !packs.isEmpty();
    }

    public boolean isMayProduce() {
        return mayProduce;
    }
}
