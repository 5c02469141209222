package io.csiloop.pack;

import io.csiloop.kernel.Html;
import io.csiloop.kernel.MessageSource;
import io.csiloop.kpi.VerdictReason;

import java.util.List;

/**
 * An XHTML page under construction: translated text goes in escaped, markup goes in as written by this package.
 * The page is print-friendly (CSS {@code @page}, no script, no form) and well-formed, as the PDF renderer
 * parses it as XML.
 */
final class Page {

    /** The pack's font: registered with the PDF renderer under this name, a plain sans-serif in browsers. */
    static final String FONT = "DejaVu Sans";
    /*
     * The page's margin boxes (the page numbers) inherit nothing from body: they name the font too, or the renderer
     * falls back to a Times it does not embed. Long unbroken values (a token, a checksum) wrap rather than run off
     * the page: word-wrap, which the PDF renderer knows (overflow-wrap it does not) and browsers read as
     * overflow-wrap, on what holds written text (headings, paragraphs, evidence, the KPI's name in a table's first
     * column, kept at least 18 % wide); not on the other cells, whose words the renderer would then break letter by
     * letter.
     */
    private static final String STYLE = "@page { size: A4; margin: 16mm 14mm 18mm 14mm; font-family: '" + FONT + "', sans-serif;"
            + " @bottom-right { content: counter(page) \" / \" counter(pages); font-family: '" + FONT + "', sans-serif;"
            + " font-size: 8pt; color: #6B778C; } }"
            + " body { font-family: '" + FONT + "', sans-serif; font-size: 9.5pt; color: #172B4D; line-height: 1.35; }"
            + " h1, h2, h3, p, .text, td:first-child { word-wrap: break-word; } td:first-child { width: 18%; }"
            + " h1 { font-size: 17pt; margin: 0 0 4pt 0; } h2 { font-size: 12.5pt; margin: 14pt 0 5pt 0; page-break-after: avoid;"
            + " border-bottom: 1px solid #DFE1E6; padding-bottom: 2pt; } h3 { font-size: 10.5pt; margin: 0 0 4pt 0; }"
            + " .meta { color: #6B778C; margin: 0 0 8pt 0; } table { border-collapse: collapse; width: 100%; }"
            + " th, td { border: 1px solid #DFE1E6; padding: 3pt 5pt; text-align: left; vertical-align: top; }"
            + " th { background: #F4F5F7; } td.num { text-align: right; white-space: nowrap; }"
            + " .kpi { margin: 0 0 12pt 0; } .chart { page-break-inside: avoid; } .chart img { width: 100%; }"
            + " .legend span { margin-right: 10pt; white-space: nowrap; } .text { white-space: pre-wrap; }"
            + " .ON_TARGET { color: #006644; } .NEAR_TARGET { color: #974F0C; } .OFF_TARGET { color: #BF2600; }"
            + " .NO_DATA { color: #6B778C; } .muted { color: #6B778C; }";

    private final MessageSource messages;
    private final StringBuilder html = new StringBuilder(16_384);

    Page(MessageSource messages) {
        this.messages = messages;
    }

    /** The translated message, not yet escaped: it goes through {@link #escaped} or {@link #element}. */
    String msg(String key, Object... params) {
        return messages.text(key, List.of(params));
    }

    /** The sentences of a verdict, translated, not yet escaped. */
    String words(List<VerdictReason> reasons) {
        return VerdictReason.in(reasons, messages);
    }

    /**
     * Opens the page in the language its messages are written in, with its title and a description: the PDF's
     * document language, title and subject (PDF/UA asks for all three).
     */
    Page open(String title, String description) {
        String lang = Html.escape(msg("csiloop.pack.language"));
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang)
                .append("\" xml:lang=\"").append(lang).append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(Html.escape(title)).append("</title>")
                // description for browsers; subject for the PDF renderer, which makes it the document's subject
                .append("<meta name=\"description\" content=\"").append(Html.escape(description)).append("\"/>")
                .append("<meta name=\"subject\" content=\"").append(Html.escape(description)).append("\"/><style>")
                .append(STYLE).append("</style></head><body>\n");
        return this;
    }

    /** Appends markup this package wrote; never user-written text (see {@link #escaped}). */
    Page markup(String markup) {
        html.append(markup);
        return this;
    }

    /** Appends user-written or translated text, escaped. */
    Page escaped(String text) {
        html.append(Html.escape(text));
        return this;
    }

    /** An element with escaped content. */
    Page element(String tag, String cssClass, String text) {
        html.append('<').append(tag);
        if (cssClass != null) {
            html.append(" class=\"").append(cssClass).append('"');
        }
        return markup(">").escaped(text).markup("</" + tag + ">");
    }

    String close() {
        return html.append("</body></html>\n").toString();
    }
}
