package io.csiloop.packaging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A bundle that plays Jira for the OSGi test: it carries the compiled stand-ins of Jira's API and exports their
 * packages, as Jira's own bundles export the real ones. Packages whose classes come from real jars on the test
 * class path (Active Objects core, osworkflow, the Jakarta APIs) are exported by the system bundle instead.
 */
final class JiraHostBundle {

    /** Builds the bundle into {@code target} from the stand-in classes under {@code classes}. */
    static Path build(Path classes, List<String> standInExports, Path target) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "jira.host.stand-ins");
        main.putValue("Bundle-Version", "11.3.13");
        main.putValue("Export-Package", String.join(",", standInExports));
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (String export : standInExports) {
                Path dir = classes.resolve(packageOf(export).replace('.', '/'));
                for (Path file : classFiles(dir)) {
                    jar.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, jar);
                    jar.closeEntry();
                }
            }
        }
        return target;
    }

    /** Whether the export's classes are stand-ins compiled into {@code classes} (rather than a real jar's). */
    static boolean isStandIn(Path classes, String export) {
        return Files.isDirectory(classes.resolve(packageOf(export).replace('.', '/')));
    }

    static String packageOf(String export) {
        int semicolon = export.indexOf(';');
        return (semicolon < 0 ? export : export.substring(0, semicolon)).strip();
    }

    private static List<Path> classFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".class")).sorted().toList());
        }
    }

    private JiraHostBundle() {
    }
}
