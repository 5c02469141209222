package io.csiloop.process;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * How a checklist item of a gate is answered. The store keeps the constant's {@link #name()} as the answer state,
 * so renaming a constant is a data migration. Which states an item takes follows from its {@link ItemKind}.
 */
public enum AnswerState {
    /** Not answered, or answered and withdrawn: reads as an empty part of the evidence. */
    OPEN,
    /** A text item with something written in it. */
    WRITTEN,
    /** A ticked box. */
    DONE,
    /** The stakeholder pack of a cycle was produced; the text says where it is. */
    PRODUCED,
    /** The issue passed the gate (recorded by the workflow, never by a person). */
    PASSED,
    /** A guiding principle applied; the text may say how. */
    APPLIED,
    /** A guiding principle not applicable; the text says why. */
    NOT_APPLICABLE,
    /** One of the Four Dimensions considered; the text says how. */
    CONSIDERED,
    /** Choices made among a fixed list (value chain activities, practices); the text holds their keys, one a line. */
    CHOSEN,
    /** A gate's approver decided to go on. */
    GO,
    /** A gate's approver decided to go on under conditions; the text holds them. */
    GO_WITH_CONDITIONS,
    /** A gate's approver decided to stop; the text may say why. */
    STOP;

    /** The state a stored answer names; empty for a name that is none of them. */
    public static Optional<AnswerState> named(String name) {
        return Stream.of(values()).filter(state -> state.name().equals(name)).findFirst();
    }
}
