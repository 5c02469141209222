package io.csiloop.preview.render;

import com.atlassian.jira.util.I18nHelper;
import io.csiloop.kernel.EnglishMessages;
import io.csiloop.kernel.MessageSource;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The app's messages in English, as Jira's {@link I18nHelper} serves them to templates ({@code $i18n}) and as the
 * process model's {@link MessageSource}: the app's own {@link EnglishMessages} (every bundle of its descriptor) with
 * the preview host's bundle for its own pages; an unknown key is shown as the key itself (as Jira does), so a
 * missing message is visible rather than silent.
 */
public final class PreviewI18n implements I18nHelper, MessageSource {

    private final EnglishMessages messages;

    private PreviewI18n(EnglishMessages messages) {
        this.messages = messages;
    }

    /** The app's bundles and the preview host's own. */
    public static PreviewI18n standard() {
        return new PreviewI18n(EnglishMessages.withHostBundles("/preview/preview.properties"));
    }

    @Override
    public Locale getLocale() {
        return Locale.ENGLISH;
    }

    @Override
    public String getText(String key) {
        return messages.text(key);
    }

    /** One parameter, or an array or list of them, as Jira's helper takes them. */
    @Override
    public String getText(String key, Object parameters) {
        List<?> args = parameters instanceof Object[] array ? Arrays.asList(array)
                : parameters instanceof List<?> list ? list : Collections.singletonList(parameters);
        return messages.text(key, args);
    }

    @Override
    public String text(String key, List<?> params) {
        return messages.text(key, params);
    }

    /** The message's pattern as written in the bundle (the key itself when there is none), for jsI18n. */
    public String rawPattern(String key) {
        return messages.pattern(key).orElse(key);
    }

    /** Whether the bundle has the key. */
    public boolean has(String key) {
        return messages.has(key);
    }
}
