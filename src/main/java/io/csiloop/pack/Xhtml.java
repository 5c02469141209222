package io.csiloop.pack;

import java.util.Locale;

/** The number format of the pack's pages (their text is escaped by {@link io.csiloop.kernel.Html}). */
final class Xhtml {

    private Xhtml() {
    }

    /** A number as the pack prints it: up to two decimals, no grouping, a point as decimal separator. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return "-0".equals(text) ? "0" : text;
    }
}
