package io.csiloop.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The English messages of {@code i18n/csiloop.properties}, as the API writes them into error bodies next to
 * their keys (clients that translate use the keys). Read once from the plugin's own class loader, so the
 * answer does not depend on the host's message resolution. A key without a message is answered with the key
 * itself rather than failing the error response; MessageKeysTest keeps that from happening.
 */
public final class ApiMessages {

    private static final String BUNDLE = "/i18n/csiloop.properties";

    private final Properties english;

    public ApiMessages() {
        try (InputStream in = ApiMessages.class.getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " is missing from the plugin");
            }
            english = new Properties();
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the bundle has a message for the key. */
    public boolean has(String key) {
        return english.containsKey(key);
    }

    /** The message of the key with its parameters filled in. */
    public String text(String key, List<Object> params) {
        String pattern = english.getProperty(key);
        if (pattern == null) {
            return key;
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(params.toArray());
    }
}
