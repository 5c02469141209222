package io.csiloop.port;

import java.time.Instant;
import java.util.Optional;

/**
 * What the host's change history knows of an issue's statuses (in Jira: the status changes of ChangeHistoryManager).
 */
public interface StatusHistory {

    /**
     * When the issue entered the status it is in now: its last status change, or its creation when it has never
     * changed status. Empty for an issue the host does not know.
     */
    Optional<Instant> enteredCurrentStatus(long issueId);
}
