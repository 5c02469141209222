package io.csiloop.pack;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A pack's page as PDF, by openhtmltopdf on PDFBox 3 (both embedded in the plugin jar). The DejaVu Sans fonts
 * ship in the plugin: without a registered font, the PDF's built-in fonts print every character outside Latin-1
 * (arrows, dashes, non-Latin names) as '#', and a Jira server need not have any font installed. The PDF is tagged
 * (PDF/UA) and embeds every font it uses.
 */
public final class PackPdf {

    private static final String FONTS = "/io/csiloop/pack/fonts/";
    /**
     * The pack's font, and the same DejaVu under the generic names the renderer falls back to (serif is CSS's
     * initial font): a page stored before its margin boxes named the font still embeds every font it uses.
     */
    private static final String[] FAMILIES = {Page.FONT, "serif", "sans-serif"};

    /** The PDF of an XHTML page this package rendered (or a snapshot stored). */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Tagged (PDF/UA): structure, the page's language and title, the charts' alt text as their alternative.
        builder.usePdfUaAccessibility(true);
        for (String family : FAMILIES) {
            builder.useFont(() -> font("DejaVuSans.ttf"), family, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), family, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = PackPdf.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("the font " + file + " is missing from the plugin");
        }
        return in;
    }
}
