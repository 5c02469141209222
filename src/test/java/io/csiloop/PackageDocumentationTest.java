package io.csiloop;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every package of the app says in its package-info what it holds and what it may import, so a reader of any
 * folder finds its place in docs/architecture.md without reading the rules.
 */
class PackageDocumentationTest {

    private static final Path MAIN = Path.of("src/main/java/io/csiloop");

    @Test
    void shouldDescribeEveryPackageAndWhatItMayImport() throws IOException {
        List<String> undocumented;
        try (Stream<Path> folders = Files.walk(MAIN)) {
            undocumented = folders.filter(Files::isDirectory).filter(PackageDocumentationTest::holdsClasses)
                    .filter(folder -> !documented(folder)).map(folder -> MAIN.relativize(folder).toString()).sorted()
                    .toList();
        }
        assertEquals(List.of(), undocumented, "packages without a package-info that says what they may import");
    }

    private static boolean holdsClasses(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean documented(Path folder) {
        Path info = folder.resolve("package-info.java");
        try {
            return Files.exists(info) && Files.readString(info).contains("May import");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
