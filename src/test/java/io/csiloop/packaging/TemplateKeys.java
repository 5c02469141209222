package io.csiloop.packaging;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The i18n keys a Velocity template or a script asks for with a literal key: {@code $i18n.getText("k")},
 * {@code $action.getText('k', ...)}, {@code AJS.I18n.getText("k")}. Keys built at run time cannot be read
 * here; the code that builds them is tested against the bundle where it lives.
 */
final class TemplateKeys {

    private static final Pattern GET_TEXT = Pattern.compile("getText\\(\\s*[\"']([A-Za-z0-9_.\\-]+)[\"']");

    static Set<String> in(String source) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher m = GET_TEXT.matcher(source);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private TemplateKeys() {
    }
}
