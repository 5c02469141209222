package io.csiloop.port;

import java.util.List;

/**
 * The work linked to an issue in the host: a project's deliverables, an improvement's actions. The host
 * decides which links count (in Jira: the issue's outward links of any type).
 */
public interface LinkedIssues {

    /** The keys of the linked issues not resolved yet, in a stable order; empty when all are (or none is linked). */
    List<String> unresolvedKeys(long issueId);
}
