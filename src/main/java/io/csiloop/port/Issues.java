package io.csiloop.port;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The host's issues, found regardless of the caller's permissions; callers check {@link Access}. */
public interface Issues {
    Optional<IssueRef> byId(long id);

    /** By the issue's current key. */
    Optional<IssueRef> byKey(String key);

    /**
     * The issues of the ids that exist, by id in the order of the ids: a read whose cost does not grow with the
     * number of issues where the host has one (Jira: IssueManager.getIssueObjects). One by one by default.
     */
    default Map<Long, IssueRef> byIds(Collection<Long> ids) {
        Map<Long, IssueRef> found = new LinkedHashMap<>();
        ids.forEach(id -> byId(id).ifPresent(issue -> found.put(id, issue)));
        return found;
    }

    /** The issues of the current keys that exist, by key in the order of the keys; one by one by default. */
    default Map<String, IssueRef> byKeys(Collection<String> keys) {
        Map<String, IssueRef> found = new LinkedHashMap<>();
        keys.forEach(key -> byKey(key).ifPresent(issue -> found.put(key, issue)));
        return found;
    }
}
