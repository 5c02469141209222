package io.csiloop.preview.render;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

import java.util.regex.Pattern;

/**
 * Jira's HTML-escaping convention for Velocity: every reference a template writes out is escaped, except one
 * whose last name ends in {@code Html} ({@code $panel.sparklineHtml}, {@code ${bodyHtml}}, {@code $x.renderHtml('a')}),
 * which the code that made it promises is safe markup. A call with nested parentheses is escaped: the safe side.
 * Escapes only the five characters that matter in HTML text and attributes, so non-ASCII letters stay as they are.
 */
public final class HtmlSuffixEscaper implements ReferenceInsertionEventHandler {

    private static final Pattern RAW = Pattern.compile(".*Html(\\([^()]*\\))?}?$");

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || RAW.matcher(reference).matches()) {
            return value;
        }
        return escape(value.toString());
    }

    /** The text with {@code & < > " '} replaced by entities. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
