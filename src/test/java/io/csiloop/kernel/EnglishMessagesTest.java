package io.csiloop.kernel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one English source: every bundle the descriptor declares, formatted as Jira formats messages. */
class EnglishMessagesTest {

    private final EnglishMessages english = new EnglishMessages();

    @Test
    void readsEveryBundleTheDescriptorDeclares() {
        assertEquals("Enter a value.", english.text(RecordChecks.REQUIRED));
        assertEquals("Enter a whole number from 5 to 40,320.",
                english.text("csiloop.automation.error.range", List.of(5, 40_320)));
    }

    @Test
    void findsTheI18nResourcesOfADescriptorAsJiraNamesThem() {
        String descriptor = """
                <atlassian-plugin key="k">
                  <resource type="i18n" name="i18n" location="i18n.csiloop"/>
                  <!-- <resource type="i18n" name="old" location="i18n.old"/> -->
                  <resource name="more" location="i18n.more-texts" type="i18n" />
                  <web-resource key="w"><resource type="download" name="x.js" location="/js/x.js"/></web-resource>
                </atlassian-plugin>""";

        assertEquals(List.of("/i18n/csiloop.properties", "/i18n/more-texts.properties"),
                EnglishMessages.bundles(descriptor));
    }

    @Test
    void answersAnUnknownKeyWithTheKeyAsJiraDoes() {
        assertFalse(english.has("csiloop.no.such.key"));
        assertEquals("csiloop.no.such.key", english.text("csiloop.no.such.key"));
    }

    @Test
    void aHostsBundleAddsItsOwnTexts() {
        EnglishMessages withPreview = EnglishMessages.withHostBundles("/preview/preview.properties");

        assertTrue(withPreview.keys().containsAll(english.keys()));
        assertTrue(withPreview.keys().size() > english.keys().size());
    }
}
