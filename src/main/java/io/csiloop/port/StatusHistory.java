package io.csiloop.port;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /**
     * {@link #enteredCurrentStatus(long)} of each issue the host knows, by id: one read for all of them where the
     * host has one. One by one by default.
     */
    default Map<Long, Instant> enteredCurrentStatus(Collection<Long> issueIds) {
        Map<Long, Instant> entered = new LinkedHashMap<>();
        issueIds.forEach(id -> enteredCurrentStatus(id).ifPresent(at -> entered.put(id, at)));
        return entered;
    }
}
