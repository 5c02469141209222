package io.csiloop.process;

import io.csiloop.kernel.RecordChecks;

import java.util.List;

/**
 * An answer to one checklist item of a gate, as a user gives it.
 *
 * @param itemKey which item, as the process model names it; not blank, at most 100 characters
 * @param state the answer, as the process model names it (e.g. {@code DONE}, {@code NOT_APPLICABLE}): upper-case
 *     letters, digits and underscores, at most 30 characters
 * @param text what the user wrote (a reason, a link, a summary); null for none, at most 4,000 characters
 */
public record EvidenceAnswer(String itemKey, String state, String text) {

    public static final int ITEM_KEY_MAX = 100;
    public static final int STATE_MAX = 30;
    public static final int TEXT_MAX = 4_000;

    public void check(RecordChecks checks) {
        checks.requiredText("itemKey", itemKey, ITEM_KEY_MAX).required("state", state)
                .optionalText("text", text, TEXT_MAX);
        if (state != null) {
            checks.tokens("state", List.of(state), STATE_MAX);
        }
    }
}
