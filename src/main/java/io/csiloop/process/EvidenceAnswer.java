package io.csiloop.process;

import io.csiloop.kernel.RecordChecks;

import java.util.List;

/**
 * An answer to one checklist item of a gate, as a user gives it.
 *
 * @param itemKey which item, as the process model names it; not blank, at most 100 characters
 * @param state the answer: the name of an {@link AnswerState} as the app writes it; the store takes any upper-case
 *     letters, digits and underscores, at most 30 characters, so that it does not change when the states do
 * @param text what the user wrote (a reason, a link, a summary); null for none, at most 4,000 characters
 */
public record EvidenceAnswer(String itemKey, String state, String text) {

    public static final int ITEM_KEY_MAX = 100;
    public static final int STATE_MAX = 30;
    public static final int TEXT_MAX = 4_000;

    /** Whether the answer is in the state. */
    public boolean is(AnswerState answerState) {
        return answerState.name().equals(state);
    }

    public void check(RecordChecks checks) {
        checks.requiredText("itemKey", itemKey, ITEM_KEY_MAX).required("state", state)
                .optionalText("text", text, TEXT_MAX);
        if (state != null) {
            checks.tokens("state", List.of(state), STATE_MAX);
        }
    }
}
