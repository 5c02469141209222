package io.csiloop.process;

import java.time.Instant;

/**
 * One stored answer of a gate's checklist.
 *
 * @param issueId the issue
 * @param gateId the gate, as the process model names it
 * @param answer the item, its answer state and text
 * @param answeredBy the user key of who gave the current answer
 * @param answeredAt when
 */
public record EvidenceItem(long issueId, String gateId, EvidenceAnswer answer, String answeredBy, Instant answeredAt) {
}
