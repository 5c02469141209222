package io.csiloop.view;

/**
 * One item of a gate's checklist as the panel edits it: which stored evidence item it is, how it is answered, and
 * the words to show.
 *
 * @param itemKey the gate evidence item, as the review layer stores it ({@code charter.purpose}, {@code cycle-2.findings})
 * @param kind how it is answered: {@code text}, {@code lines} (one entry a line), {@code flag} (a tick box),
 *     {@code principle} (applied, or not applicable with a reason), {@code note} (considered when a note is written)
 *     or {@code produced} (a stakeholder pack and where it is)
 * @param state the stored answer state ({@code OPEN} when unanswered)
 * @param text the stored text, empty when none
 */
public record ChecklistItem(String itemKey, String kind, String label, String hint, String state, String text) {

    public String getItemKey() {
        return itemKey;
    }

    public String getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public String getHint() {
        return hint;
    }

    public String getState() {
        return state;
    }

    public String getText() {
        return text;
    }

    /** Whether a tick box is ticked or a pack produced. */
    public boolean isChecked() {
        return "DONE".equals(state) || "PRODUCED".equals(state);
    }

    /** Whether a principle is marked not applicable. */
    public boolean isNotApplicable() {
        return "NOT_APPLICABLE".equals(state);
    }

    /** Whether a principle is marked applied. */
    public boolean isApplied() {
        return "APPLIED".equals(state);
    }
}
