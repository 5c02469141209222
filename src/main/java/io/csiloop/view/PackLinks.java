package io.csiloop.view;

import io.csiloop.pack.StoredPack;
import io.csiloop.view.automation.Times;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An improvement's stored stakeholder packs as links, so that a checklist or the history of its evidence shows a pack
 * as "Stakeholder pack produced &lt;time&gt;" linked to its page, never as the reference step 6's evidence records
 * ({@code pack:<id>}).
 *
 * @param byReference every pack of the improvement by the reference its evidence records
 * @param ofCycle     the packs of the current cycle, newest first: what step 6's gate counts
 */
public record PackLinks(Map<String, PackLink> byReference, List<PackLink> ofCycle) {

    /** No packs: a Lifecycle Project's checklists, or an improvement that has produced none. */
    public static final PackLinks NONE = new PackLinks(Map.of(), List.of());

    public PackLinks {
        byReference = Map.copyOf(byReference);
        ofCycle = List.copyOf(ofCycle);
    }

    /** The improvement's packs (newest first), their times in the reporting zone, which the pack itself states. */
    static PackLinks of(List<StoredPack> stored, int cycle, ZoneId zone) {
        Map<String, PackLink> byReference = new LinkedHashMap<>();
        stored.forEach(p -> byReference.put(p.reference(), new PackLink(p.id(), Times.format(p.createdAt(), zone))));
        return new PackLinks(byReference, stored.stream().filter(p -> p.cycle() == cycle)
                .map(p -> byReference.get(p.reference())).toList());
    }

    /** The pack an evidence text names, if it is the reference of one of the improvement's packs. */
    Optional<PackLink> named(String text) {
        return Optional.ofNullable(text).map(byReference::get);
    }
}
