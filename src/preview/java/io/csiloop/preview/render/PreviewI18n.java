package io.csiloop.preview.render;

import com.atlassian.jira.util.I18nHelper;
import io.csiloop.kernel.MessageSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The app's message bundle in English, as Jira's {@link I18nHelper} serves it to templates ({@code $i18n}) and as
 * the process model's {@link MessageSource}: {@code java.text.MessageFormat} patterns, an unknown key shown as
 * the key itself (as Jira does), so a missing message is visible rather than silent.
 */
public final class PreviewI18n implements I18nHelper, MessageSource {

    private final Properties messages = new Properties();

    public PreviewI18n(String... bundles) {
        for (String bundle : bundles) {
            try (InputStream in = PreviewI18n.class.getResourceAsStream(bundle)) {
                if (in == null) {
                    throw new IllegalStateException("no message bundle " + bundle);
                }
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + bundle, e);
            }
        }
    }

    /** The app's bundle and the preview host's own. */
    public static PreviewI18n standard() {
        return new PreviewI18n("/i18n/csiloop.properties", "/preview/preview.properties");
    }

    @Override
    public Locale getLocale() {
        return Locale.ENGLISH;
    }

    @Override
    public String getText(String key) {
        return format(key, new Object[0]);
    }

    /** One parameter, or an array or list of them, as Jira's helper takes them. */
    @Override
    public String getText(String key, Object parameters) {
        Object[] args = parameters instanceof Object[] array ? array
                : parameters instanceof List<?> list ? list.toArray() : new Object[] {parameters};
        return format(key, args);
    }

    @Override
    public String text(String key, List<?> params) {
        return format(key, params.toArray());
    }

    /** The message's pattern as written in the bundle (the key itself when there is none), for jsI18n. */
    public String rawPattern(String key) {
        return messages.getProperty(key, key);
    }

    /** Whether the bundle has the key. */
    public boolean has(String key) {
        return messages.containsKey(key);
    }

    private String format(String key, Object[] args) {
        String pattern = messages.getProperty(key);
        return pattern == null ? key : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }
}
