package io.csiloop.measure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The English messages of {@code i18n/csiloop.properties}, read as the tests' class path has them. */
public final class Messages {

    private static final Properties ENGLISH = load();

    private Messages() {
    }

    /** Whether the bundle has a non-blank message for the key. */
    public static boolean has(String key) {
        String text = ENGLISH.getProperty(key);
        return text != null && !text.isBlank();
    }

    private static Properties load() {
        try (InputStream in = Messages.class.getResourceAsStream("/i18n/csiloop.properties")) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
