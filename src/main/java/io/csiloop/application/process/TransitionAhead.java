package io.csiloop.application.process;

import io.csiloop.process.WorkflowTransition;

import java.util.Optional;

/** A transition the issue may take from its status, with the gate in front of it (empty when it is not gated). */
public record TransitionAhead(WorkflowTransition transition, Optional<GateStanding> gate) {
}
