package io.csiloop.kernel;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTest {

    @Test
    void escapesWhatEndsTextOrAnAttributeAndKeepsLetters() {
        assertEquals("&lt;b class=&quot;x&quot;&gt;Ops &amp; Support&#39;s Überblick&lt;/b&gt;",
                Html.escape("<b class=\"x\">Ops & Support's Überblick</b>"));
    }

    @Test
    void dropsControlCharactersButKeepsTabsAndLineBreaks() {
        assertEquals("a\tb\nc\r\nd", Html.escape("a\tb\nc\r\n\u0000\u0007d"));
    }
}
