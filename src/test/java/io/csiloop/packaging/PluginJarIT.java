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

    @Test
    void shouldContainNoStandInOrHostClass() throws Exception {
        List<String> foreign = jar.entries().stream()
                .filter(name -> name.endsWith(".class") && !name.startsWith("io/csiloop/"))
                .toList();
        List<String> hostOnly = jar.entries().stream()
                .filter(name -> name.startsWith("io/csiloop/host/") || name.startsWith("io/csiloop/preview/"))
                .toList();

        assertEquals(List.of(), foreign, "stand-ins, AO core and osworkflow must come from Jira, never from the jar");
        assertEquals(List.of(), hostOnly, "the preview host never ships in the plugin");
    }
}
