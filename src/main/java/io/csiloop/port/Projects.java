package io.csiloop.port;

import java.util.Optional;

/** The host's projects, found regardless of the caller's permissions; callers check {@link Access}. */
public interface Projects {
    Optional<ProjectRef> byId(long id);

    /** By the project's current key (a renamed project is not found under its old key). */
    Optional<ProjectRef> byKey(String key);
}
