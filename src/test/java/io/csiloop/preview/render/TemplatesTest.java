package io.csiloop.preview.render;

import io.csiloop.view.TrackerStep;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview renders as Jira does: references escaped unless named ...Html, app methods held to the allowlist. */
class TemplatesTest {

    private static final String STEP = "io.csiloop.view.TrackerStep";

    @Test
    void shouldEscapeEveryReferenceButThoseEndingInHtml() {
        HtmlSuffixEscaper escaper = new HtmlSuffixEscaper();
        String markup = "<b title='x'>\"R&D\"</b>";

        assertEquals("&lt;b title=&#39;x&#39;&gt;&quot;R&amp;D&quot;&lt;/b&gt;", escaper.referenceInsert("$text", markup));
        assertEquals("&lt;b title=&#39;x&#39;&gt;&quot;R&amp;D&quot;&lt;/b&gt;", escaper.referenceInsert("$row.htmlish", markup));
        assertEquals(markup, escaper.referenceInsert("$panel.bodyHtml", markup));
        assertEquals(markup, escaper.referenceInsert("${bodyHtml}", markup));
        assertEquals(markup, escaper.referenceInsert("$x.renderHtml('a')", markup));
        assertEquals("Größe", escaper.referenceInsert("$text", "Größe"));
    }

    @Test
    void shouldRenderAllowlistedMethodsAndEscapeTheirValues() {
        Templates templates = new Templates(new MethodAllowlist(Set.of(STEP + "#getLabel()")));

        String html = templates.render("io/csiloop/preview/render/step.vm",
                Map.of("step", new TrackerStep("<i>Plan</i>", "", "done")));

        assertTrue(html.contains("&lt;i&gt;Plan&lt;/i&gt;"), html);
    }

    @Test
    void shouldRefuseAnAppMethodMissingFromTheAllowlist() {
        Templates templates = new Templates(new MethodAllowlist(Set.of()));

        assertThrows(AllowlistUberspector.MethodNotAllowlisted.class, () -> templates.render(
                "io/csiloop/preview/render/step.vm", Map.of("step", new TrackerStep("Plan", "", "done"))));
    }
}
