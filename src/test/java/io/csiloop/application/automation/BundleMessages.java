package io.csiloop.application.automation;

import io.csiloop.kernel.EnglishMessages;
import io.csiloop.kernel.MessageSource;

import java.util.List;

/** The app's English messages from all of its bundles, as Jira's i18n helper holds them; a missing key fails. */
public final class BundleMessages implements MessageSource {

    private final EnglishMessages english = new EnglishMessages();

    @Override
    public String text(String key, List<?> params) {
        if (!english.has(key)) {
            throw new IllegalArgumentException("no message " + key);
        }
        return english.text(key, params);
    }
}
