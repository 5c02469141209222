package io.csiloop.process;

import java.util.List;

/**
 * One thing a gate checks. Implemented by the enums that list every check of a process model, so the
 * complete set of missing-evidence messages can be enumerated (and tested against the i18n file).
 */
public interface EvidenceCheck {

    /** The i18n key of the message shown when this check fails. */
    String messageKey();

    /** This check failed; the parameters go into its message. */
    default MissingEvidence failed(Object... params) {
        return new MissingEvidence(messageKey(), List.of(params));
    }

    /** Nothing when the condition holds, otherwise this check's missing item with the parameters. */
    default List<MissingEvidence> unless(boolean satisfied, Object... params) {
        return satisfied ? List.of() : List.of(failed(params));
    }

    /** Nothing when the text has been written (is not blank), otherwise this check's missing item. */
    default List<MissingEvidence> unlessWritten(String text) {
        return unless(!text.isBlank());
    }

    /** Nothing when at least one of the texts has been written, otherwise this check's missing item. */
    default List<MissingEvidence> unlessAnyWritten(List<String> texts) {
        return unless(texts.stream().anyMatch(text -> !text.isBlank()));
    }
}
