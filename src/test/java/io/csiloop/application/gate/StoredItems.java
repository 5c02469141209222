package io.csiloop.application.gate;

import io.csiloop.process.EvidenceAnswer;
import io.csiloop.process.EvidenceItem;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gate evidence as the store would hand it back after the given answers were written for an issue. */
final class StoredItems {

    private StoredItems() {
    }

    static Map<String, List<EvidenceItem>> of(Map<String, List<EvidenceAnswer>> answersByGate) {
        Map<String, List<EvidenceItem>> stored = new HashMap<>();
        answersByGate.forEach((gate, answers) -> stored.put(gate, answers.stream()
                .map(answer -> new EvidenceItem(7L, gate, answer, "alice", Instant.EPOCH)).toList()));
        return stored;
    }
}
