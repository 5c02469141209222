package io.csiloop.application.gate;

import io.csiloop.process.EvidenceChange;
import io.csiloop.process.EvidenceItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gate's answers as they stood when the issue passed it: what the passage was decided on, which a phase-exit report
 * shows whatever was amended since. Read from the answers stored now and their versions.
 */
final class EvidenceAtPassage {

    private EvidenceAtPassage() {
    }

    /**
     * Each item's last version written up to the passage and not an amendment (an amendment is only possible after
     * it). An item kept from before versions were recorded reads as stored when it was not answered after the
     * passage.
     *
     * @param stored the gate's answers as stored now
     * @param history every version of them, oldest first
     */
    static List<EvidenceItem> of(List<EvidenceItem> stored, List<EvidenceChange> history, Instant passedAt) {
        Map<String, EvidenceChange> presented = new LinkedHashMap<>();
        Set<String> versioned = new HashSet<>();
        for (EvidenceChange change : history) {
            versioned.add(change.itemKey());
            if (change.reason() == null && !change.changedAt().isAfter(passedAt)) {
                presented.put(change.itemKey(), change); // oldest first: the last put is the version presented
            }
        }
        List<EvidenceItem> items = new ArrayList<>();
        for (EvidenceItem item : stored) {
            String key = item.answer().itemKey();
            if (presented.containsKey(key)) {
                EvidenceChange version = presented.get(key);
                items.add(new EvidenceItem(item.issueId(), item.gateId(), version.after(), version.changedBy(),
                        version.changedAt()));
            } else if (!versioned.contains(key) && !item.answeredAt().isAfter(passedAt)) {
                items.add(item);
            }
        }
        return items;
    }
}
