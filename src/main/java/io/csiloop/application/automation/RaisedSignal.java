package io.csiloop.application.automation;

import java.time.Instant;

/**
 * A signal that raised (or is raising) an Improvement issue.
 *
 * @param id the store's id
 * @param fingerprint the signal's identity ({@link SignalCandidate#fingerprint})
 * @param definitionId its definition
 * @param kind what signalled
 * @param spanStart the start of the first period the signal spans
 * @param spanEnd the start of the last period it was seen at; grows while it continues
 * @param issueId the raised issue, or null while it is being raised
 * @param issueKey the raised issue's key, or null
 * @param raisedAt when it was raised
 */
public record RaisedSignal(long id, String fingerprint, int definitionId, SignalCandidate.Kind kind, Instant spanStart,
        Instant spanEnd, Long issueId, String issueKey, Instant raisedAt) {
}
