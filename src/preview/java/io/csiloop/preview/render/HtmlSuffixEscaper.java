package io.csiloop.preview.render;

import io.csiloop.kernel.Html;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

import java.util.regex.Pattern;

/**
 * Jira's HTML-escaping convention for Velocity: every reference a template writes out is escaped, except one
 * whose last name ends in {@code Html} ({@code $panel.sparklineHtml}, {@code ${bodyHtml}}, {@code $x.renderHtml('a')}),
 * which the code that made it promises is safe markup. A call with nested parentheses is escaped: the safe side.
 * Escapes with the app's one escaper, {@link Html}: the five characters that matter in HTML text and attributes, so
 * non-ASCII letters stay as they are.
 */
public final class HtmlSuffixEscaper implements ReferenceInsertionEventHandler {

    private static final Pattern RAW = Pattern.compile(".*Html(\\([^()]*\\))?}?$");

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || RAW.matcher(reference).matches()) {
            return value;
        }
        return Html.escape(value.toString());
    }
}
