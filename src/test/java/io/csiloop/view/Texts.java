package io.csiloop.view;

import io.csiloop.kernel.MessageSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The app's English bundle as a {@link MessageSource}, for the view builders' tests. */
final class Texts {

    static final MessageSource ENGLISH = load();

    private Texts() {
    }

    private static MessageSource load() {
        Properties messages = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/i18n/csiloop.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (key, params) -> new MessageFormat(messages.getProperty(key, key), Locale.ENGLISH).format(params.toArray());
    }
}
