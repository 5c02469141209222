package io.csiloop.pack;

import io.csiloop.preview.render.PreviewI18n;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackRenderingTest {

    static final String HOSTILE = "</p><script>alert(\"x\")</script> Tom & Jerry's <b>bold</b>";
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};

    private final PackHtml html = new PackHtml(PreviewI18n.standard());

    @Test
    void shouldRenderWellFormedPrintFriendlyXhtmlWithAChartPerKpi() throws Exception {
        String page = html.render(PackFixtures.content("Findings", "Decision", 3));

        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        assertTrue(page.contains("@page"), "print layout");
        assertFalse(page.contains("<script") || page.contains("<form") || page.contains("<button"));
        List<byte[]> charts = charts(page);
        assertEquals(3, charts.size());
        for (byte[] png : charts) {
            assertArrayEquals(PNG_MAGIC, java.util.Arrays.copyOf(png, 4));
        }
        assertTrue(page.contains("Stakeholder pack: SVC-3 Raise first-contact resolution"));
        assertTrue(page.contains("Improved: after the change on "), "the verdict in words");
        assertTrue(page.contains(" periods since sit above the old mean."), "the verdict in words");
    }

    @Test
    void shouldEscapeHostileTextInFindingsAndDecision() {
        String page = html.render(new PackContent("SVC-3", HOSTILE, 1, HOSTILE, HOSTILE, HOSTILE, "admin",
                PackFixtures.AT, PackFixtures.ZONE, List.of(PackFixtures.kpi(PackFixtures.definition("K", HOSTILE)))));

        assertFalse(page.contains("<script"), page);
        assertFalse(page.contains("<b>bold"), page);
        assertTrue(page.contains("&lt;/p&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Tom &amp; Jerry&#39;s"));
    }

    /**
     * The before/after table says the Hodges-Lehmann shift with its interval and the test's p with its method: 26
     * weeks about 62 against 26 about 78, many tied values, so the normal approximation; every after value beats
     * every before value, so p is far below 0.001; the pairwise differences run from 12 to 20 around the step of 16.
     */
    @Test
    void shouldShowTheShiftWithItsIntervalAndTheTestInWords() {
        String page = html.render(PackFixtures.content("f", "d", 1));

        assertTrue(page.contains("<td>+16 (95 % CI +15 to +17)</td>"), page);
        assertTrue(page.contains("<td>p &lt; 0.001 (normal approximation)</td>"), page);
    }

    @Test
    void shouldPrintHostileTextLiterallyInThePdf() throws Exception {
        String page = html.render(PackFixtures.content(HOSTILE, HOSTILE, 1));

        String text = text(new PackPdf().render(page));

        assertTrue(text.contains("</p><script>alert(\"x\")</script> Tom & Jerry's <b>bold</b>"), text);
    }

    @Test
    void shouldRenderAPdfWhoseTextReadsBackAndWhosePagesHoldTheCharts() throws Exception {
        byte[] pdf = new PackPdf().render(html.render(PackFixtures.content("Knowledge base \u2192 fewer hand-overs",
                "Keep it", 2)));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Stakeholder pack: SVC-3"), text);
            assertTrue(text.contains("Knowledge base \u2192 fewer hand-overs"), "DejaVu prints the arrow: " + text);
            assertTrue(text.contains("First-contact resolution 2"), text);
            int images = 0;
            for (var pdfPage : doc.getPages()) {
                images += images(pdfPage.getResources());
            }
            assertEquals(2, images, "one chart image per KPI");
        }
    }

    @Test
    void shouldWriteEveryPeriodAsACsvLineAndDisarmFormulas() {
        PackContent content = new PackContent("SVC-3", "t", 1, "", "", "", "admin", PackFixtures.AT, PackFixtures.ZONE,
                List.of(PackFixtures.kpi(PackFixtures.definition("K1", "=HYPERLINK(\"x\")"))));

        String csv = new PackCsv().render(content);

        String[] lines = csv.split("\r\n");
        assertEquals(PackCsv.HEADER.strip(), lines[0]);
        assertEquals(1 + content.kpis().get(0).values().size(), lines.length);
        assertTrue(lines[1].startsWith("K1,\"'=HYPERLINK(\"\"x\"\")\",%,"), lines[1]);
    }

    private static int images(PDResources resources) throws Exception {
        int count = 0;
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject) {
                count++;
            }
        }
        return count;
    }

    static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static List<byte[]> charts(String page) {
        Matcher m = Pattern.compile("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"").matcher(page);
        List<byte[]> pngs = new ArrayList<>();
        while (m.find()) {
            pngs.add(Base64.getDecoder().decode(m.group(1)));
        }
        return pngs;
    }
}
