package io.csiloop.packaging;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What Jira's plugin system reads first: the manifest and the descriptor at the jar root. */
class PluginJarIT {

    private final PluginJar jar = PluginJar.built();

    @Test
    void shouldCarryThePluginKeyInTheManifest() throws Exception {
        Attributes main = jar.manifest().getMainAttributes();

        assertEquals("io.csiloop.jira", main.getValue("Atlassian-Plugin-Key"));
        assertEquals("io.csiloop.jira", main.getValue("Bundle-SymbolicName"));
        assertEquals("*", main.getValue("Spring-Context"));
        assertEquals(null, main.getValue("Export-Package"), "the plugin exports no Java package");
        assertTrue(main.getValue("Atlassian-Build-Date").matches("\\d{4}-\\d\\d-\\d\\dT.*"), main.getValue("Atlassian-Build-Date"));
    }

    @Test
    void shouldShipTheFilteredDescriptorAtTheRootAndPassItsCheck() throws Exception {
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + jar.path().toUri()), Map.of());
             InputStream in = java.nio.file.Files.newInputStream(fs.getPath("/atlassian-plugin.xml"))) {
            String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(!xml.contains("${"), "every placeholder should be filtered");
        }
        try (JarResources loader = new JarResources(jar, getClass().getClassLoader());
             InputStream in = loader.getResourceAsStream("atlassian-plugin.xml")) {
            assertEquals(List.of(), new DescriptorCheck(loader).check(in));
        }
    }

    @Test
    void shouldShipTheSpringContextThatWiresTheBeans() throws Exception {
        assertTrue(jar.entries().contains("META-INF/spring/plugin-context.xml"), "Spring-Context: * reads META-INF/spring");
    }

    /**
     * Our classes live under io/csiloop; third-party code may come only as whole jars under lib/ (the stakeholder
     * pack's PDF libraries, which Jira does not provide), on the Bundle-ClassPath. Nothing Jira provides may ever be
     * packaged, not even inside an embedded jar: a second copy of com/atlassian, com/opensymphony or net/java/ao
     * classes in the plugin's class space would shadow Jira's own, and objects crossing between the two copies fail
     * with ClassCastException or LinkageError at run time, never at build time.
     */
    @Test
    void shouldContainNoStandInOrHostClass() throws Exception {
        List<String> foreign = jar.entries().stream()
                .filter(name -> name.endsWith(".class") && !name.startsWith("io/csiloop/"))
                .toList();
        List<String> hostOnly = jar.entries().stream()
                .filter(name -> name.startsWith("io/csiloop/host/") || name.startsWith("io/csiloop/preview/"))
                .toList();
        List<String> jiraInEmbedded = jar.embeddedEntries().entrySet().stream()
                .flatMap(e -> e.getValue().stream().filter(PluginJarIT::providedByJira).map(n -> e.getKey() + "!" + n))
                .toList();

        assertEquals(List.of(), foreign, "stand-ins, AO core and osworkflow must come from Jira, never from the jar");
        assertEquals(List.of(), hostOnly, "the preview host never ships in the plugin");
        assertEquals(List.of(), jiraInEmbedded, "an embedded jar must not carry classes Jira provides");
    }

    /** axe-core is a devDependency for the browser tests (AccessibilityTest): it never ships in the plugin. */
    @Test
    void shouldShipNoTestOnlyFrontEndPackage() throws Exception {
        List<String> axe = jar.entries().stream().filter(name -> name.toLowerCase(java.util.Locale.ROOT).contains("axe"))
                .toList();

        assertEquals(List.of(), axe, "axe-core serves the browser tests only");
    }

    @Test
    void shouldPutEveryEmbeddedJarOnTheBundleClassPath() throws Exception {
        List<String> classPath = List.of(jar.manifest().getMainAttributes().getValue("Bundle-ClassPath").split(","));

        assertTrue(classPath.contains("."), "our own classes at the jar root");
        assertTrue(jar.embeddedEntries().keySet().stream().anyMatch(n -> n.startsWith("lib/openhtmltopdf-pdfbox-")));
        for (String embedded : jar.embeddedEntries().keySet()) {
            assertTrue(classPath.contains(embedded), embedded + " is embedded but not on the Bundle-ClassPath");
        }
    }

    private static boolean providedByJira(String name) {
        return name.startsWith("com/atlassian/") || name.startsWith("com/opensymphony/") || name.startsWith("net/java/ao/");
    }
}
