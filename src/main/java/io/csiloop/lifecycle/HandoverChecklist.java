package io.csiloop.lifecycle;

import io.csiloop.kernel.MessageKey;
import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Set;

/**
 * The handover into operations, ticked off during Closing.
 *
 * @param done the items already in place
 */
public record HandoverChecklist(Set<HandoverItem> done) {

    public HandoverChecklist {
        done = Set.copyOf(done);
    }

    public static HandoverChecklist empty() {
        return new HandoverChecklist(Set.of());
    }

    /** Each item not yet in place, in checklist order. */
    public List<MissingEvidence> missing() {
        return List.of(HandoverItem.values()).stream()
                .filter(item -> !done.contains(item))
                .map(item -> ProjectCheck.HANDOVER_ITEM.failed(new MessageKey(item.nameKey())))
                .toList();
    }
}
