package io.csiloop.application.automation;

import io.csiloop.kernel.MessageSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The app's English messages from both of its bundles, as Jira's i18n helper holds them. */
public final class BundleMessages implements MessageSource {

    private final Properties messages = new Properties();

    public BundleMessages() {
        for (String bundle : List.of("/i18n/csiloop.properties", "/i18n/csiloop-automation.properties")) {
            try (InputStream in = BundleMessages.class.getResourceAsStream(bundle)) {
                messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public String text(String key, List<?> params) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        return new MessageFormat(pattern, Locale.ENGLISH).format(params.toArray());
    }
}
