package io.csiloop.packaging;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * A message bundle read the way a reviewer reads it: {@link Properties} silently keeps the last of two
 * equal keys, so duplicates are found line by line, and every value must be a valid MessageFormat pattern.
 */
record I18nBundle(String location, Properties messages, List<String> problems) {

    static I18nBundle load(String location, InputStream in) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        Properties messages = new Properties();
        messages.load(new StringReader(text));
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            for (String line; (line = lines.readLine()) != null; ) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!seen.add(key)) {
                    problems.add(location + ": key '" + key + "' is defined twice");
                }
            }
        }
        for (String key : messages.stringPropertyNames()) {
            try {
                new MessageFormat(messages.getProperty(key));
            } catch (IllegalArgumentException e) {
                problems.add(location + ": '" + key + "' is not a valid message pattern: " + e.getMessage());
            }
        }
        return new I18nBundle(location, messages, List.copyOf(problems));
    }

    static I18nBundle load(String location, ClassLoader loader) throws IOException {
        try (InputStream in = loader.getResourceAsStream(location)) {
            if (in == null) {
                return new I18nBundle(location, new Properties(), List.of("i18n bundle " + location + " does not exist"));
            }
            return load(location, in);
        }
    }

    boolean has(String key) {
        return messages.containsKey(key);
    }
}
