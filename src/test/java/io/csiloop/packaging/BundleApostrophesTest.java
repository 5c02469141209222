package io.csiloop.packaging;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Jira formats every message of a plugin's bundle with {@link java.text.MessageFormat}, and so do the app's own
 * {@code EnglishMessages} and AJS's formatter: a single apostrophe starts a quoted part and vanishes ("Jira's"
 * shows as "Jiras"). Every apostrophe in a message is therefore written twice.
 */
class BundleApostrophesTest {

    @Test
    void shouldDoubleEveryApostropheInEveryMessage() throws IOException {
        List<String> lone = new ArrayList<>();
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path bundle : bundles.filter(p -> p.toString().endsWith(".properties")).sorted().toList()) {
                Properties messages = new Properties();
                try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
                    messages.load(in);
                }
                messages.stringPropertyNames().stream().sorted()
                        .filter(key -> messages.getProperty(key).replace("''", "").contains("'"))
                        .forEach(key -> lone.add(bundle.getFileName() + ": " + key));
            }
        }
        assertEquals(List.of(), lone, "messages with an apostrophe that MessageFormat would swallow");
    }
}
