package io.csiloop.pack;

import io.csiloop.preview.render.PreviewI18n;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pack's and the phase-exit report's PDF as assistive technology and any PDF reader meet it: tagged (a
 * structure tree, marked content), in a document language, with a title, the charts' alternative text, every font
 * embedded (no reader's substitute for the page numbers), and long values kept on the page.
 */
class PackPdfAccessibilityTest {

    /** 128 characters without a space or a hyphen: a checksum or token someone pastes into the findings. */
    private static final String UNBROKEN = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
            + "60e5d7b7c8e7f6a1d4b5c3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2";

    private final PackHtml html = new PackHtml(PreviewI18n.standard());

    @Test
    void shouldTagThePackAndEmbedEveryFont() throws Exception {
        byte[] pdf = new PackPdf().render(html.render(PackFixtures.content("Findings", "Decision", 2)));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTagged(doc);
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentInformation().getTitle().startsWith("Stakeholder pack: SVC-3"),
                    doc.getDocumentInformation().getTitle());
            assertEquals(List.of(), notEmbedded(doc), "every font the PDF uses is embedded");
            List<String> alts = figureAlts(doc.getDocumentCatalog().getStructureTreeRoot());
            assertEquals(List.of(
                    "Chart of First-contact resolution 1: values per period, target, centre line and natural process limits",
                    "Chart of First-contact resolution 2: values per period, target, centre line and natural process limits"),
                    alts, "each chart a Figure with its text alternative");
        }
    }

    @Test
    void shouldTagThePhaseExitReportAndEmbedEveryFont() throws Exception {
        String page = new PhaseExitReport(PreviewI18n.standard()).render("SVC-1", "Self-service portal",
                Instant.parse("2026-03-02T09:30:00Z"), PackFixtures.ZONE, List.of());

        try (PDDocument doc = Loader.loadPDF(new PackPdf().render(page))) {
            assertTagged(doc);
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertEquals(List.of(), notEmbedded(doc), "every font the PDF uses is embedded");
        }
    }

    /** A page stored before its page numbers named their font still embeds every font: DejaVu stands in for serif. */
    @Test
    void shouldEmbedTheFontOfAStoredPageWhoseMarginBoxesNameNone() throws Exception {
        String stored = html.render(PackFixtures.content("Findings", "Decision", 1))
                .replace("font-family: 'DejaVu Sans', sans-serif; font-size: 8pt;", "font-size: 8pt;");

        try (PDDocument doc = Loader.loadPDF(new PackPdf().render(stored))) {
            assertEquals(List.of(), notEmbedded(doc));
        }
    }

    @Test
    void shouldWrapALongUnbrokenValueInsteadOfCuttingItOffAtThePageEdge() throws Exception {
        byte[] pdf = new PackPdf().render(html.render(new PackContent("SVC-3", "Raise first-contact resolution", 1,
                UNBROKEN, "Decision", "Service owner", "admin", PackFixtures.AT, PackFixtures.ZONE,
                List.of(PackFixtures.kpi(PackFixtures.definition("FCR", UNBROKEN))))));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float width = doc.getPage(0).getMediaBox().getWidth();
            List<Float> beyond = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        if (p.getXDirAdj() + p.getWidthDirAdj() > width) {
                            beyond.add(p.getXDirAdj());
                        }
                    }
                    super.writeString(text, positions);
                }
            };
            String text = stripper.getText(doc).replaceAll("\\s+", "");
            assertTrue(text.split(java.util.regex.Pattern.quote(UNBROKEN), -1).length > 3,
                    "the whole value is printed, in the findings, the table at a glance and the KPI's heading: " + text);
            assertEquals(List.of(), beyond, "no character beyond the page's right edge (" + width + " pt)");
        }
    }

    static void assertTagged(PDDocument doc) {
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        assertNotNull(catalog.getMarkInfo(), "MarkInfo");
        assertTrue(catalog.getMarkInfo().isMarked(), "MarkInfo /Marked true");
        assertNotNull(catalog.getStructureTreeRoot(), "StructTreeRoot");
        assertTrue(!catalog.getStructureTreeRoot().getKids().isEmpty(), "a structure tree with elements");
    }

    /** The names of the fonts on any page (and in its forms) that are not embedded. */
    static List<String> notEmbedded(PDDocument doc) throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        for (PDPage page : doc.getPages()) {
            collect(page.getResources(), missing);
        }
        return List.copyOf(missing);
    }

    private static void collect(PDResources resources, TreeSet<String> missing) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (!font.isEmbedded()) {
                missing.add(font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                collect(form.getResources(), missing);
            }
        }
    }

    private static List<String> figureAlts(PDStructureNode node) {
        List<String> alts = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("Figure".equals(element.getStructureType())) {
                    alts.add(element.getAlternateDescription());
                }
                alts.addAll(figureAlts(element));
            }
        }
        return alts;
    }
}
