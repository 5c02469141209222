package io.csiloop.view;

import io.csiloop.process.AnswerState;
import io.csiloop.process.ItemKind;

import java.util.List;

/**
 * One item of a gate's checklist as the panel edits it: which stored evidence item it is, how it is answered, the
 * words to show, and the answer states the panel's script sends (so that the script spells none of them).
 *
 * @param itemKey the gate evidence item, as the gate layer stores it ({@code charter.purpose}, {@code cycle-2.findings})
 * @param kind how it is answered; the template renders each kind's input
 * @param state the stored answer state ({@link AnswerState#OPEN} when unanswered)
 * @param text the stored text, empty when none
 * @param carriedFrom the earlier cycle whose answer the form starts from while this one is unanswered (step 7's
 *     actions in the next cycle); 0 when none
 * @param carriedText that earlier answer, put in the field to edit; it is this cycle's evidence only once saved
 * @param choices the options of a choice item (value chain activities, practices), each ticked when chosen; empty for
 *     any other kind
 * @param decidedBy for a gate decision once recorded, who recorded it (the approver) and when; empty otherwise
 */
public record ChecklistItem(String itemKey, ItemKind kind, String label, String hint, AnswerState state, String text,
                            int carriedFrom, String carriedText, List<Choice> choices, String decidedBy) {

    public ChecklistItem {
        choices = List.copyOf(choices);
    }

    /** An item that offers no choices and is no recorded decision. */
    public ChecklistItem(String itemKey, ItemKind kind, String label, String hint, AnswerState state, String text,
                         int carriedFrom, String carriedText) {
        this(itemKey, kind, label, hint, state, text, carriedFrom, carriedText, List.of(), "");
    }

    /** An item with nothing carried over from an earlier cycle. */
    public ChecklistItem(String itemKey, ItemKind kind, String label, String hint, AnswerState state, String text) {
        this(itemKey, kind, label, hint, state, text, 0, "");
    }

    /** The options of a choice item, each with whether it is chosen. */
    public List<Choice> getChoices() {
        return choices;
    }

    /** Who recorded the gate decision and when ("alice on 2026-12-07"); empty while none is recorded. */
    public String getDecidedBy() {
        return decidedBy;
    }

    /** The states of a gate decision: go, go with conditions, stop. */
    public String getGoState() {
        return AnswerState.GO.name();
    }

    public String getGoWithConditionsState() {
        return AnswerState.GO_WITH_CONDITIONS.name();
    }

    public String getStopState() {
        return AnswerState.STOP.name();
    }

    /** Whether a recorded decision is in the state named ({@code GO}, {@code GO_WITH_CONDITIONS}, {@code STOP}). */
    public boolean isDecided(String decision) {
        return state.name().equals(decision);
    }

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

    /** What the item's field holds when the form opens: the stored text, else the text carried over. */
    public String getFieldText() {
        return isCarriedOver() ? carriedText : text;
    }

    /** Whether the field starts from an earlier cycle's answer, not yet saved for this cycle. */
    public boolean isCarriedOver() {
        return carriedFrom > 0 && state == AnswerState.OPEN;
    }

    /** The earlier cycle the starting text comes from. */
    public int getCarriedFrom() {
        return carriedFrom;
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
