package io.csiloop.lifecycle;

import io.csiloop.kernel.EnglishMessages;
import io.csiloop.kernel.MessageSource;

import java.util.List;
import java.util.Set;

/**
 * The app's English messages ({@link EnglishMessages}), formatted the way Jira formats them: with
 * {@link java.text.MessageFormat}; a key without a message fails. Used by tests in both process-model packages.
 */
public final class CsiloopMessages implements MessageSource {

    private final EnglishMessages english = new EnglishMessages();

    public Set<String> keys() {
        return english.keys();
    }

    public String pattern(String key) {
        return english.pattern(key).orElseThrow(() -> new IllegalArgumentException("no message " + key));
    }

    @Override
    public String text(String key, List<?> params) {
        pattern(key);
        return english.text(key, params);
    }
}
