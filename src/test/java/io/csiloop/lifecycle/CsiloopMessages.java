package io.csiloop.lifecycle;

import io.csiloop.kernel.MessageSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * The English messages of {@code i18n/csiloop.properties}, formatted the way Jira formats them: with
 * {@link MessageFormat}. Used by tests in both process-model packages.
 */
public final class CsiloopMessages implements MessageSource {

    /** Where the app's messages live on the class path (the descriptor's i18n resource). */
    public static final String RESOURCE = "/i18n/csiloop.properties";

    private final Properties properties = new Properties();

    public CsiloopMessages() {
        try (InputStream in = CsiloopMessages.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Set<String> keys() {
        return properties.stringPropertyNames();
    }

    public String pattern(String key) {
        String pattern = properties.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + key + " in " + RESOURCE);
        }
        return pattern;
    }

    @Override
    public String text(String key, List<?> params) {
        return new MessageFormat(pattern(key), Locale.ENGLISH).format(params.toArray());
    }
}
