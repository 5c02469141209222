package io.csiloop.port;

import java.util.Optional;

/** The host's issues, found regardless of the caller's permissions; callers check {@link Access}. */
public interface Issues {
    Optional<IssueRef> byId(long id);

    /** By the issue's current key. */
    Optional<IssueRef> byKey(String key);
}
