package io.csiloop.application.automation;

import java.util.Objects;
import java.util.Optional;

/**
 * The automation configured for one measurement definition: how its data is collected from Jira (for JQL
 * sources), when its signals raise Improvements, how far back the first collection reaches, and whose
 * permissions searches and raised issues use.
 *
 * @param definitionId the measurement definition
 * @param projectId the definition's project
 * @param collection the JQL collection; null for a definition whose data is entered by hand or imported
 * @param raising when signals raise Improvement issues
 * @param backfillPeriods how many closed periods (counting back from the latest) a JQL collection computes from
 *     the issues' history; at least 1
 * @param actorKey the Jira user key of the administrator who configured it: searches run and issues are raised
 *     as this user
 */
public record DefinitionAutomation(int definitionId, long projectId, JqlCollection collection, RaisePolicy raising,
        int backfillPeriods, String actorKey) {

    public DefinitionAutomation {
        Objects.requireNonNull(raising, "raising");
        Objects.requireNonNull(actorKey, "actorKey");
        if (backfillPeriods < 1) {
            throw new IllegalArgumentException("at least one period is collected: " + backfillPeriods);
        }
    }

    public Optional<JqlCollection> jql() {
        return Optional.ofNullable(collection);
    }
}
