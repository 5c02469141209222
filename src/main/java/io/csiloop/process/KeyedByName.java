package io.csiloop.process;

import java.util.Locale;

/**
 * An enum constant whose stable key is its own name in lower-case kebab form: {@code FOCUS_ON_VALUE}
 * is {@code focus-on-value}. The keys are stored with evidence, written into the workflow XML and
 * built into i18n keys, so renaming a constant is a data migration; the XML and i18n tests catch it.
 */
public interface KeyedByName {

    /** The constant's name, supplied by {@link Enum#name()}. */
    String name();

    /** The stable key. */
    default String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
