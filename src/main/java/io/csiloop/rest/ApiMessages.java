package io.csiloop.rest;

import io.csiloop.kernel.EnglishMessages;

import java.util.List;

/**
 * The English messages the API writes into error bodies next to their keys (clients that translate use the keys):
 * the app's {@link EnglishMessages}, every bundle of the descriptor, so that the answer does not depend on the
 * host's message resolution nor on the caller's language. A key without a message is answered with the key itself
 * rather than failing the error response; RestMessageKeysTest keeps that from happening.
 */
public final class ApiMessages {

    private final EnglishMessages english = new EnglishMessages();

    /** Whether a bundle has a message for the key. */
    public boolean has(String key) {
        return english.has(key);
    }

    /**
     * The message of the key with its parameters filled in. (The shape of the process model's
     * {@code MessageSource}, which this class does not implement: Jira's own message source is that bean.)
     */
    public String text(String key, List<?> params) {
        return english.text(key, params);
    }
}
