package io.csiloop.process;

import java.time.Instant;

/**
 * One version of a checklist item's answer, as the evidence history keeps it: every write that changed the answer,
 * before its gate passed and after (an amendment), numbered per item from 1 without gaps.
 *
 * @param issueId the issue
 * @param gateId the gate, as the process model names it
 * @param itemKey the item
 * @param version the item's versions counted from 1, in the order they were written
 * @param changedBy the user key of who wrote it
 * @param changedAt when
 * @param before the answer it replaced; state {@code OPEN} with no text for the item's first answer
 * @param after the answer it wrote
 * @param reason why, in the words of who amended the evidence after its gate had passed; null before the passage
 */
public record EvidenceChange(long issueId, String gateId, String itemKey, int version, String changedBy,
                             Instant changedAt, EvidenceAnswer before, EvidenceAnswer after, String reason) {

    /** The longest reason an amendment may give: the width of the reason columns of every change history. */
    public static final int REASON_MAX = 450;
}
