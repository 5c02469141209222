package io.csiloop.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's English messages: every i18n bundle the plugin descriptor declares ({@code <resource type="i18n"
 * location="i18n.csiloop"/>} is {@code i18n/csiloop.properties}), read from the plugin's own class loader, as
 * Jira's i18n reads them. The one reader of the bundles: whoever needs English text without Jira's per-user
 * i18n (setup while the plugin starts, the REST API's error bodies, hosts outside Jira, tests) asks here.
 *
 * <p>Setup runs with nobody logged in, so the names it gives Jira's issue types, statuses, resolutions and workflows
 * are the English ones; they are data from then on, as names typed by an administrator are. A key without a message
 * is answered with the key itself, as Jira does, so that a missing message shows rather than breaks the page.
 */
public final class EnglishMessages implements MessageSource {

    /** The descriptor at the plugin's root, which names the bundles. */
    static final String DESCRIPTOR = "/atlassian-plugin.xml";

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern RESOURCE = Pattern.compile("<resource\\s[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*\"([^\"]*)\"");

    private final Properties messages;

    /** The plugin's bundles, as its descriptor declares them (read once per class loader). */
    public EnglishMessages() {
        this(PluginBundles.MESSAGES);
    }

    private EnglishMessages(Properties messages) {
        this.messages = messages;
    }

    /**
     * The plugin's bundles and after them the host's own (a host outside Jira has texts of its own pages), each a
     * class path resource such as {@code /preview/preview.properties}; a later bundle's message wins.
     */
    public static EnglishMessages withHostBundles(String... resources) {
        Properties all = new Properties();
        all.putAll(PluginBundles.MESSAGES);
        for (String resource : resources) {
            load(resource, all);
        }
        return new EnglishMessages(all);
    }

    @Override
    public String text(String key, List<?> params) {
        return pattern(key).map(p -> new MessageFormat(p, Locale.ENGLISH).format(params.toArray())).orElse(key);
    }

    /** A message without parameters. */
    public String text(String key) {
        return text(key, List.of());
    }

    /** Whether a bundle has a message for the key. */
    public boolean has(String key) {
        return messages.containsKey(key);
    }

    /** The message's pattern as the bundle writes it, before any parameter is filled in. */
    public Optional<String> pattern(String key) {
        return Optional.ofNullable(messages.getProperty(key));
    }

    /** Every key of every bundle. */
    public Set<String> keys() {
        return messages.stringPropertyNames();
    }

    /**
     * The class path resources of the descriptor's i18n bundles, in the order it declares them: the location is a
     * resource base name with dots for slashes, as Jira reads it.
     */
    static List<String> bundles(String descriptor) {
        List<String> bundles = new ArrayList<>();
        Matcher resource = RESOURCE.matcher(COMMENT.matcher(descriptor).replaceAll(""));
        while (resource.find()) {
            String type = null;
            String location = null;
            Matcher attribute = ATTRIBUTE.matcher(resource.group());
            while (attribute.find()) {
                type = attribute.group(1).equals("type") ? attribute.group(2) : type;
                location = attribute.group(1).equals("location") ? attribute.group(2) : location;
            }
            if ("i18n".equals(type) && location != null) {
                bundles.add("/" + location.replace('.', '/') + ".properties");
            }
        }
        return bundles;
    }

    private static void load(String resource, Properties into) {
        try (InputStream in = EnglishMessages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the plugin");
            }
            into.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundles, read when first asked for: they are part of the plugin's jar and never change while it runs. */
    private static final class PluginBundles {

        static final Properties MESSAGES = read();

        private static Properties read() {
            String descriptor;
            try (InputStream in = EnglishMessages.class.getResourceAsStream(DESCRIPTOR)) {
                if (in == null) {
                    throw new IllegalStateException(DESCRIPTOR + " is missing from the plugin");
                }
                descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<String> bundles = bundles(descriptor);
            if (bundles.isEmpty()) {
                throw new IllegalStateException(DESCRIPTOR + " declares no i18n resource");
            }
            Properties messages = new Properties();
            bundles.forEach(bundle -> load(bundle, messages));
            return messages;
        }
    }
}
