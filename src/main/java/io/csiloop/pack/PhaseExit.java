package io.csiloop.pack;

import io.csiloop.process.GateVerdict;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One phase exit of a Lifecycle Project as the phase-exit report shows it: the gate's verdict now, the evidence
 * recorded for it (for a passed gate, as it stood at the passage), who passed it and when (both null while it has
 * not been passed), and how many amendments its evidence has had since (0 while it has not been passed).
 */
public record PhaseExit(GateVerdict verdict, List<Line> evidence, String passedBy, Instant passedAt,
                        int amendedSince) {

    public PhaseExit {
        Objects.requireNonNull(verdict, "verdict");
        evidence = List.copyOf(evidence);
    }

    /** One recorded answer: the checklist item, its state, its text (user-written), who and when. */
    public record Line(String item, String state, String text, String by, Instant at) {
    }
}
