package io.csiloop.process;

import java.util.List;

/**
 * How a checklist item of a gate is answered, and so which {@link AnswerState}s it takes. Every kind but the
 * passage can be {@link AnswerState#OPEN}; each has one state that says it is answered, except a guiding
 * principle, which is either applied or not applicable. The {@link #key()} is what a panel's markup names the
 * kind by.
 */
public enum ItemKind implements KeyedByName {
    /** A text; written when not blank. */
    TEXT(false, AnswerState.WRITTEN),
    /** A text holding one entry a line (objectives, requirements, actions); written when not blank. */
    LINES(false, AnswerState.WRITTEN),
    /** A day, written {@code yyyy-MM-dd} (a change's go-live); written when it holds a day not in the future. */
    DATE(false, AnswerState.WRITTEN),
    /** A tick box. */
    FLAG(false, AnswerState.DONE),
    /** A guiding principle: applied, or not applicable with a reason. */
    PRINCIPLE(false, AnswerState.APPLIED, AnswerState.NOT_APPLICABLE),
    /** One of the Four Dimensions: considered once a note says how. */
    DIMENSION(false, AnswerState.CONSIDERED),
    /** Choices among a fixed list, their keys one a line in the text; chosen when at least one is. */
    CHOICES(false, AnswerState.CHOSEN),
    /** A gate's decision by its approver: go, go with conditions (written in the text) or stop. */
    DECISION(false, AnswerState.GO, AnswerState.GO_WITH_CONDITIONS, AnswerState.STOP),
    /** The record that a cycle's stakeholder pack was produced, with which pack it is. */
    PACK(true, AnswerState.PRODUCED),
    /** The issue passed the gate: recorded by the workflow's post-function, never on a checklist. */
    PASSAGE(true, AnswerState.PASSED);

    private final boolean appWritten;
    private final List<AnswerState> answered;

    ItemKind(boolean appWritten, AnswerState... answered) {
        this.appWritten = appWritten;
        this.answered = List.of(answered);
    }

    /**
     * Whether only the app records items of this kind: a pack when it is produced, a passage when the workflow
     * moves the issue through the gate. The request that answers a checklist accepts neither.
     */
    public boolean appWritten() {
        return appWritten;
    }

    /** The states that say the item is answered, the first being the one a tick or a written text gives. */
    public List<AnswerState> answered() {
        return answered;
    }

    /** Whether the item takes the state: an answered one, or {@link AnswerState#OPEN} for every kind but a passage, which is never withdrawn. */
    public boolean takes(AnswerState state) {
        return answered.contains(state) || state == AnswerState.OPEN && this != PASSAGE;
    }
}
