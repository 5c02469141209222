package io.csiloop.host.ao;

import net.java.ao.atlassian.TablePrefix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The {@code AO_xxxxxx_} table prefix as the Active Objects plugin derives it inside Jira: the last six hex
 * digits of the MD5 of the plugin's AO namespace, upper-cased. The namespace is the {@code <ao namespace>}
 * attribute when set, otherwise the bundle symbolic name ({@code io.csiloop.jira}, giving {@code AO_E7FE69_}).
 * Reproduced from the AO plugin's module descriptor (toolchain.md 4.4); a live Jira has the final word.
 */
public record AoTablePrefix(String value) implements TablePrefix {

    /** The namespace CSI Loop's tables live under: the bundle symbolic name, which equals the plugin key. */
    public static final String CSI_LOOP_NAMESPACE = "io.csiloop.jira";

    public static AoTablePrefix forNamespace(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return new AoTablePrefix("AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides MD5", e);
        }
    }

    public static AoTablePrefix csiLoop() {
        return forNamespace(CSI_LOOP_NAMESPACE);
    }

    @Override
    public String prepend(String tableName) {
        return value + tableName;
    }
}
