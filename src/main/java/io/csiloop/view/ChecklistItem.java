package io.csiloop.view;

import io.csiloop.process.AnswerState;
import io.csiloop.process.ItemKind;

/**
 * One item of a gate's checklist as the panel edits it: which stored evidence item it is, how it is answered, the
 * words to show, and the answer states the panel's script sends (so that the script spells none of them).
 *
 * @param itemKey the gate evidence item, as the gate layer stores it ({@code charter.purpose}, {@code cycle-2.findings})
 * @param kind how it is answered; the template renders each kind's input
 * @param state the stored answer state ({@link AnswerState#OPEN} when unanswered)
 * @param text the stored text, empty when none
 */
public record ChecklistItem(String itemKey, ItemKind kind, String label, String hint, AnswerState state, String text) {

    public String getItemKey() {
        return itemKey;
    }

    /** The kind's key: {@code text}, {@code lines}, {@code date}, {@code flag}, {@code principle} or {@code dimension}. */
    public String getKind() {
        return kind.key();
    }

    public String getLabel() {
        return label;
    }

    public String getHint() {
        return hint;
    }

    public String getState() {
        return state.name();
    }

    public String getText() {
        return text;
    }

    /** The state an empty or unticked item is sent in. */
    public String getOpenState() {
        return AnswerState.OPEN.name();
    }

    /** The state a ticked box or a written text is sent in. */
    public String getAnsweredState() {
        return kind.answered().get(0).name();
    }

    /** The state of a principle marked applied. */
    public String getAppliedState() {
        return AnswerState.APPLIED.name();
    }

    /** The state of a principle marked not applicable. */
    public String getNotApplicableState() {
        return AnswerState.NOT_APPLICABLE.name();
    }

    /** Whether a tick box is ticked. */
    public boolean isChecked() {
        return state != AnswerState.OPEN && state == kind.answered().get(0);
    }

    /** Whether a principle is marked not applicable. */
    public boolean isNotApplicable() {
        return state == AnswerState.NOT_APPLICABLE;
    }

    /** Whether a principle is marked applied. */
    public boolean isApplied() {
        return state == AnswerState.APPLIED;
    }
}
