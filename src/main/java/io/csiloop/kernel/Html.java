package io.csiloop.kernel;

/**
 * The one HTML escaper of the app: what the stakeholder pack writes into its XHTML, and what a host outside Jira
 * writes for a template reference as Jira's Velocity escaping does.
 */
public final class Html {

    private Html() {
    }

    /**
     * The text safe in element content and in double- or single-quoted attributes: {@code & < > " '} become entities,
     * other characters stay as they are, so letters of any script remain readable in the source. Control characters
     * other than tab and line breaks are dropped: XML 1.0 forbids them (the PDF renderer parses pages as XML), and
     * no browser shows them.
     */
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
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
