package io.csiloop.port;

import java.util.Optional;

/** People by their user key, for showing who someone is (a measure's owner) rather than the key the app stores. */
public interface UserDirectory {

    /** The user with this key, as the host's user manager finds them; empty for a key it does not know. */
    Optional<UserRef> userByKey(String key);
}
