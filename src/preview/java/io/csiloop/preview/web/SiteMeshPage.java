package io.csiloop.preview.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jira's SiteMesh takes from the HTML a servlet wrote: its {@code <title>}, the decorator its
 * {@code <meta name="decorator">} asks for and its {@code <body>}, which the decorator then puts inside Jira's page.
 * A page naming no decorator is sent as the servlet wrote it; one naming a decorator the preview does not know fails.
 */
record SiteMeshPage(String title, Optional<String> decorator, String bodyHtml) {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern DECORATOR = Pattern.compile(
            "<meta\\s+name=\"decorator\"\\s+content=\"([^\"]*)\"\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /** The decorators the preview draws, and the web-resource contexts Jira gives each page they decorate. */
    static List<String> contextsOf(String decorator) {
        return switch (decorator) {
            case "atl.general" -> List.of("atl.general");
            case "admin" -> List.of("atl.general", "atl.admin");
            default -> throw new IllegalStateException("the preview has no SiteMesh decorator called " + decorator);
        };
    }

    static SiteMeshPage of(String html) {
        Matcher title = TITLE.matcher(html);
        Matcher decorator = DECORATOR.matcher(html);
        Matcher body = BODY.matcher(html);
        return new SiteMeshPage(title.find() ? unescape(title.group(1).strip()) : "",
                decorator.find() ? Optional.of(decorator.group(1)) : Optional.empty(),
                body.find() ? body.group(1) : html);
    }

    /** The title as text: the host page escapes it again when it writes it. */
    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
