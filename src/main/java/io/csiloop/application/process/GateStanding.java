package io.csiloop.application.process;

import io.csiloop.process.EvidenceItem;
import io.csiloop.process.Gate;
import io.csiloop.process.GateVerdict;

import java.util.List;
import java.util.Optional;

/**
 * A gate of an issue with the answers stored for it and, for a gate of a process model, its verdict now.
 *
 * @param gateId the gate's id as the answers are stored under it
 * @param gate the gate; empty when no process model has a gate of that id (answers stored by an older version)
 * @param answers the stored answers, every cycle's, ordered by item key
 * @param verdict the gate's verdict now, as the workflow would give it; empty when there is no such gate
 */
public record GateStanding(String gateId, Optional<Gate<?>> gate, List<EvidenceItem> answers,
                           Optional<GateVerdict> verdict) {

    public GateStanding {
        answers = List.copyOf(answers);
    }

    /** Whether the gate would let the issue through now. */
    public boolean passed() {
        return verdict.map(GateVerdict::passed).orElse(false);
    }
}
