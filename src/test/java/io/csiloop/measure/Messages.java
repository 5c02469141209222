package io.csiloop.measure;

import io.csiloop.kernel.EnglishMessages;

/** The app's English messages, read as the tests' class path has them. */
public final class Messages {

    private static final EnglishMessages ENGLISH = new EnglishMessages();

    private Messages() {
    }

    /** Whether a bundle has a non-blank message for the key. */
    public static boolean has(String key) {
        return ENGLISH.pattern(key).filter(text -> !text.isBlank()).isPresent();
    }
}
