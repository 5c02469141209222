package io.csiloop.application.automation;

import java.util.List;

/**
 * What one run did.
 *
 * @param projects projects processed
 * @param skippedProjects projects another run was processing (their cluster lock was held), left to it
 * @param definitions definitions looked at
 * @param periodsCompleted periods whose data and snapshot were stored
 * @param issuesRaised Improvement issues raised
 * @param failures definitions that failed (each is retried by the next run)
 * @param errors the first few failures, for the log and the administration page
 */
public record RunSummary(int projects, int skippedProjects, int definitions, int periodsCompleted, int issuesRaised,
        int failures, List<String> errors) {

    public RunSummary {
        errors = List.copyOf(errors);
    }

    /** A sentence for Jira's scheduler history and the administration page (English, for logs). */
    public String describe() {
        String text = String.format("%d projects (%d left to another run), %d definitions, %d periods completed, "
                + "%d issues raised, %d failures", projects, skippedProjects, definitions, periodsCompleted,
                issuesRaised, failures);
        return errors.isEmpty() ? text : text + ": " + String.join("; ", errors);
    }
}
