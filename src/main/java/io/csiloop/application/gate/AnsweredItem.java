package io.csiloop.application.gate;

import io.csiloop.process.AnswerState;
import io.csiloop.process.ChecklistEntry;

/**
 * One item of a gate's checklist with its stored answer, as a panel shows it.
 *
 * @param entry the item
 * @param state its answer; {@link AnswerState#OPEN} when it was never answered
 * @param text what was written; empty when nothing
 * @param carriedFrom the earlier cycle whose answer is offered as the starting text of this unanswered item (step 7's
 *     actions of the cycle before); 0 when none is offered
 * @param carriedText that earlier answer: offered to edit, never stored as this item's answer until someone saves it
 */
public record AnsweredItem(ChecklistEntry entry, AnswerState state, String text, int carriedFrom, String carriedText) {

    /** An item with nothing carried over. */
    public AnsweredItem(ChecklistEntry entry, AnswerState state, String text) {
        this(entry, state, text, 0, "");
    }
}
