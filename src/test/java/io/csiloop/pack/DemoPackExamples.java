package io.csiloop.pack;

import io.csiloop.application.pack.StakeholderPacks;
import io.csiloop.preview.DemoApp;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;

/**
 * Writes the examples in docs/: the stakeholder pack of the preview's demo improvement SVC-3 (Improved, with its
 * before/after result) as HTML, PDF and CSV, and the PDF's first page as a PNG at 100 dpi. Produced exactly as the
 * app produces a pack, over the seeded demo, at a fixed time so the examples only change when the pack does.
 * Run: {@code mvn -B test-compile exec:exec -Dexec.args="-cp %classpath io.csiloop.pack.DemoPackExamples"}.
 */
public final class DemoPackExamples {

    static final Instant AT = Instant.parse("2026-11-26T09:00:00Z");

    private DemoPackExamples() {
    }

    public static void main(String[] args) throws Exception {
        Path docs = Path.of(args.length > 0 ? args[0] : "docs");
        try (DemoApp demo = DemoApp.seeded(Clock.fixed(AT, ZoneOffset.UTC))) {
            StoredPack pack = demo.get(StakeholderPacks.class).produce(10_003, "admin");
            byte[] pdf = new PackPdf().render(pack.html());
            Files.createDirectories(docs.resolve("examples"));
            Files.createDirectories(docs.resolve("images"));
            Files.writeString(docs.resolve("examples/stakeholder-pack-SVC-3.html"), pack.html(), StandardCharsets.UTF_8);
            Files.write(docs.resolve("examples/stakeholder-pack-SVC-3.pdf"), pdf);
            Files.writeString(docs.resolve("examples/stakeholder-pack-SVC-3.csv"), pack.csv(), StandardCharsets.UTF_8);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 100);
                ImageIO.write(page, "png", docs.resolve("images/stakeholder-pack.png").toFile());
                System.out.printf("%d pages, %d bytes of PDF, %d of HTML%n", doc.getNumberOfPages(), pdf.length,
                        pack.html().length());
            }
        }
    }
}
