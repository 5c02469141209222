package io.csiloop.lifecycle;

import io.csiloop.process.KeyedByName;
import io.csiloop.process.MissingEvidence;

import java.util.List;
import java.util.Objects;

/**
 * The decision taken at a gate by the person who approves the way forward: go, go with conditions (which must be
 * written down), or stop. Who took it is what the host records with the answer, never part of what a client sends.
 *
 * @param outcome    what was decided
 * @param conditions the conditions of a "go with conditions", or why a project stops; may be blank otherwise
 */
public record GateDecision(Outcome outcome, String conditions) {

    /** What a gate's approver can decide. */
    public enum Outcome implements KeyedByName {
        GO,
        GO_WITH_CONDITIONS,
        STOP
    }

    public GateDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(conditions, "conditions");
    }

    /** What keeps the decision from letting the project through: conditions not written, or a stop. */
    List<MissingEvidence> missing() {
        return switch (outcome) {
            case GO -> List.of();
            case GO_WITH_CONDITIONS -> ProjectCheck.DECISION_CONDITIONS.unlessWritten(conditions);
            case STOP -> List.of(ProjectCheck.DECISION_STOP.failed());
        };
    }
}
