package io.csiloop.pack;

import java.util.Locale;

/** Escaping for XHTML text and attribute values, and the number format of the pack's pages. */
final class Xhtml {

    private Xhtml() {
    }

    /**
     * The text safe in element content and in double- or single-quoted attributes. Control characters other than
     * tab and line breaks are dropped: XML 1.0 forbids them, and the PDF renderer parses the page as XML.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A number as the pack prints it: up to two decimals, no grouping, a point as decimal separator. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return "-0".equals(text) ? "0" : text;
    }
}
