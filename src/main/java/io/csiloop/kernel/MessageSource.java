package io.csiloop.kernel;

import java.util.List;

/**
 * Where the words come from: Jira's i18n helper inside Jira, {@link EnglishMessages} (the app's bundles) where there
 * is no user or no Jira. The process model only ever hands out keys and parameters.
 */
@FunctionalInterface
public interface MessageSource {

    /**
     * The message for a key in the reader's language, with {@code {0}}-style parameters filled in.
     *
     * @param key    an i18n key of the app's bundles
     * @param params the parameters in order; already translated, never {@link MessageKey}s
     */
    String text(String key, List<?> params);
}
