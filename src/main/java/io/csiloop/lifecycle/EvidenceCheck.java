package io.csiloop.lifecycle;

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
}
