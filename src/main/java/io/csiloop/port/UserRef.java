package io.csiloop.port;

import java.util.Objects;

/**
 * A person as the app records them: the host's stable user key (it survives renames) and the name to show.
 *
 * @param key         the host's user key; never blank
 * @param displayName the name to show; never null
 */
public record UserRef(String key, String displayName) {
    public UserRef {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a user key is required");
        }
        Objects.requireNonNull(displayName, "displayName");
    }
}
