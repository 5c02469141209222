package io.csiloop.kernel;


import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The app's English messages, read from the plugin's own {@code i18n/csiloop.properties}. Setup runs while
 * the plugin starts, with nobody logged in, so the names it gives Jira's issue types, statuses, resolutions
 * and workflows are the English ones; they are data from then on, as names typed by an administrator are.
 */
public final class EnglishMessages implements MessageSource {

    private static final String BUNDLE = "/i18n/csiloop.properties";

    private final ResourceBundle bundle;

    public EnglishMessages() {
        try (InputStream in = EnglishMessages.class.getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " is missing from the plugin");
            }
            bundle = new PropertyResourceBundle(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String text(String key, List<?> params) {
        return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(params.toArray());
    }

    /** A message without parameters. */
    public String text(String key) {
        return text(key, List.of());
    }
}
