package io.csiloop.process;

import java.util.Objects;

/**
 * One item of a gate's evidence before anything is known about its answer: the key the store keeps it under, how
 * it is answered, and the i18n keys of its label and hint. The process models' catalogs hand these out, so the
 * panel that edits an item, the request that answers it and the gate that reads it name it alike.
 *
 * @param key the item key, as the store keeps it ({@code charter.purpose}, {@code cycle-2.findings})
 * @param kind how it is answered
 * @param labelKey the i18n key of its label
 * @param hintKey the i18n key of a one-line hint; empty for none
 */
public record ChecklistEntry(String key, ItemKind kind, String labelKey, String hintKey) {

    public ChecklistEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(hintKey, "hintKey");
    }

    /** The answer to this item in the state, with the text (null for none). */
    public EvidenceAnswer answer(AnswerState state, String text) {
        if (!kind.takes(state)) {
            throw new IllegalArgumentException(key + " is a " + kind + " item and cannot be " + state);
        }
        return new EvidenceAnswer(key, state.name(), text);
    }

    /** Whether the stored answer is this item's. */
    public boolean answers(EvidenceAnswer answer) {
        return key.equals(answer.itemKey());
    }
}
