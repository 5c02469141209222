package io.csiloop.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A CSV import of a million rows in bounded memory: {@link CsvImportMillion} runs in a child JVM whose heap is
 * capped at {@value #HEAP}, far below what the rows would take as objects, and must record every row. The child
 * prints its timing and heap use; docs/benchmarks.md ("REST CSV import") records them.
 */
class CsvMillionRowsTest {

    static final String HEAP = "64m";

    @Test
    void shouldImportAMillionRowsInASmallHeap() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-Xmx" + HEAP, "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), CsvImportMillion.class.getName()))
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                output.append(new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.append(e);
            }
        });
        reader.start();
        boolean finished = child.waitFor(330, TimeUnit.SECONDS);
        if (!finished) {
            child.destroyForcibly();
        }
        reader.join(10_000);
        String result = output.toString().lines().filter(l -> l.startsWith("CSV import:")).findFirst()
                .orElse(output.toString());
        System.out.println(result);
        assertTrue(finished, "the import did not finish in time: " + result);
        assertEquals(0, child.exitValue(), result);
        assertTrue(result.contains("rows stored " + CsvImportMillion.ROWS), result);
    }
}
