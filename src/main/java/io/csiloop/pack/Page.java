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
    private static final String STYLE = "@page { size: A4; margin: 16mm 14mm 18mm 14mm;"
            + " @bottom-right { content: counter(page) \" / \" counter(pages); font-size: 8pt; color: #6B778C; } }"
            + " body { font-family: '" + FONT + "', sans-serif; font-size: 9.5pt; color: #172B4D; line-height: 1.35; }"
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

    Page open(String title) {
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(Html.escape(title)).append("</title><style>")
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
