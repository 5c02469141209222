package io.csiloop.kernel;

import java.util.Objects;

/**
 * A message parameter that is itself a message to translate first, such as the name of a guiding
 * principle inside "The guiding principle "{0}" is not answered yet". Any other parameter is shown as
 * it is.
 *
 * @param key the i18n key of the nested message, which takes no parameters
 */
public record MessageKey(String key) {

    public MessageKey {
        Objects.requireNonNull(key, "key");
    }
}
