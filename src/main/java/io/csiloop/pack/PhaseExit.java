package io.csiloop.pack;

import io.csiloop.process.GateVerdict;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One phase exit of a Lifecycle Project as the phase-exit report shows it: the gate's verdict now, its decision (null
 * while none is recorded), the evidence
 * recorded for it (for a passed gate, as it stood at the passage), who passed it and when (both null while it has
 * not been passed), and how many amendments its evidence has had since (0 while it has not been passed).
 */
public record PhaseExit(GateVerdict verdict, List<Line> evidence, String passedBy, Instant passedAt,
                        int amendedSince, Decision decision) {

    public PhaseExit {
        Objects.requireNonNull(verdict, "verdict");
        evidence = List.copyOf(evidence);
    }

    /** A phase exit with no gate decision recorded. */
    public PhaseExit(GateVerdict verdict, List<Line> evidence, String passedBy, Instant passedAt, int amendedSince) {
        this(verdict, evidence, passedBy, passedAt, amendedSince, null);
    }

    /**
     * The gate's decision (for a passed gate, the one it passed on), in words.
     *
     * @param outcome    "Go", "Go with conditions" or "Stop"
     * @param approver   who recorded it, as the host knows them
     * @param conditions the conditions (or why it stops); empty when none
     */
    public record Decision(String outcome, String approver, Instant at, String conditions) {
    }

    /** One recorded answer: the checklist item's label, its state in words, its text (user-written), who and when. */
    public record Line(String item, String state, String text, String by, Instant at) {
    }
}
