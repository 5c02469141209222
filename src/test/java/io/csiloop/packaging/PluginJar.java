package io.csiloop.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/** The plugin jar that {@code mvn package} built, as the packaging tests read it. */
record PluginJar(Path path) {

    static PluginJar built() {
        String path = System.getProperty("csiloop.pluginJar");
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("No plugin jar at '" + path + "': run these tests with mvn verify");
        }
        return new PluginJar(Path.of(path));
    }

    Manifest manifest() throws IOException {
        try (JarFile jar = new JarFile(path.toFile())) {
            return jar.getManifest();
        }
    }

    List<String> entries() throws IOException {
        try (JarFile jar = new JarFile(path.toFile())) {
            return jar.stream().map(ZipEntry::getName).toList();
        }
    }

    List<String> classNames() throws IOException {
        return entries().stream()
                .filter(name -> name.endsWith(".class") && !name.endsWith("package-info.class"))
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                .toList();
    }

    /** The entries of every jar embedded under lib/, by the embedded jar's entry name. */
    java.util.Map<String, List<String>> embeddedEntries() throws IOException {
        java.util.Map<String, List<String>> embedded = new java.util.TreeMap<>();
        try (JarFile jar = new JarFile(path.toFile())) {
            for (ZipEntry entry : jar.stream().filter(e -> e.getName().startsWith("lib/") && e.getName().endsWith(".jar"))
                    .toList()) {
                List<String> names = new java.util.ArrayList<>();
                try (var in = new java.util.zip.ZipInputStream(jar.getInputStream(entry))) {
                    for (ZipEntry inner = in.getNextEntry(); inner != null; inner = in.getNextEntry()) {
                        names.add(inner.getName());
                    }
                }
                embedded.put(entry.getName(), names);
            }
        }
        return embedded;
    }
}
