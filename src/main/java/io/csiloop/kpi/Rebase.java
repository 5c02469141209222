package io.csiloop.kpi;

import java.time.Instant;
import java.util.Objects;

/**
 * A new phase of a measure's control chart, approved by a person: from {@code at} on, the chart's limits are those of
 * the new phase's own first periods. Never made by the app on its own (Making Data Count: limits are not redrawn each
 * time a rule fires); the app only suggests one.
 *
 * @param at where the new phase begins
 * @param reason why, in the approver's words; never blank
 * @param approvedBy the approver's user key
 * @param approvedAt when it was approved
 */
public record Rebase(Instant at, String reason, String approvedBy, Instant approvedAt) {

    public Rebase {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedAt, "approvedAt");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a rebase needs a reason");
        }
    }
}
