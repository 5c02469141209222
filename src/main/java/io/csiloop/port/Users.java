package io.csiloop.port;

import java.util.Optional;

/** Who is asking. */
public interface Users {
    /** The user of the current request, or empty for an anonymous caller. */
    Optional<UserRef> current();
}
