package io.csiloop.measure;

import io.csiloop.kernel.RecordChecks;

/**
 * Who answers for a measurement definition.
 *
 * @param improvementIssueId the Improvement issue that owns the measure, or null for a measure of the project
 * @param ownerKey the Jira user key of the person responsible; not blank, at most 255 characters
 */
public record Ownership(Long improvementIssueId, String ownerKey) {

    public void check(RecordChecks checks) {
        if (improvementIssueId != null) {
            checks.positive("improvementIssueId", improvementIssueId);
        }
        checks.requiredText("ownerKey", ownerKey, RecordChecks.SHORT_TEXT);
    }
}
