package io.csiloop.rest;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A CSV import of {@value #ROWS} rows through the whole stack in one JVM (client, Jersey, CSV import, Active
 * Objects, an H2 file database), run by {@link CsvMillionRowsTest} in a child JVM with a small heap. The client
 * generates the file while sending it, so neither side holds it. Prints one line with what it measured and
 * exits 0 only when every row was recorded.
 */
public final class CsvImportMillion {

    static final int ROWS = 1_000_000;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("csiloop-csv-million");
        try (RestWorld world = new RestWorld("jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_DELAY=-1", List.of())) {
            int id = Json.define(world.api, "MILLION");
            long start = System.nanoTime();
            Api.Reply reply = world.api.as(Role.EDITOR).stream("POST",
                    "projects/CSI/definitions/" + id + "/datapoints/csv", CsvResource.TEXT_CSV,
                    HttpRequest.BodyPublishers.ofInputStream(GeneratedCsv::new));
            double seconds = (System.nanoTime() - start) / 1e9;
            int stored = world.rowCounts().get("DataPointEntity");
            System.out.printf("CSV import: %d rows in %.1f s (%.0f rows/s); answer %d %s; rows stored %d;"
                            + " max heap %.0f MiB; peak use per heap pool: %s%n", ROWS, seconds, ROWS / seconds,
                    reply.status(), reply.body(), stored, Runtime.getRuntime().maxMemory() / 1048576.0, peaks());
            boolean complete = reply.status() == 200 && Json.of(reply).get("imported").asInt() == ROWS && stored == ROWS;
            System.exit(complete ? 0 : 1);
        }
    }

    /** Each heap pool's peak use; the old generation's is the most the import kept alive at once, garbage included. */
    private static String peaks() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(p -> String.format("%s %.1f MiB", p.getName(), p.getPeakUsage().getUsed() / 1048576.0))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** {@code observedAt,value,note} then {@value #ROWS} rows a minute apart, made as they are read. */
    private static final class GeneratedCsv extends InputStream {
        private static final Instant FIRST = Instant.parse("2025-01-01T00:00:00Z");
        private byte[] line = "observedAt,value,note\n".getBytes(StandardCharsets.US_ASCII);
        private int at;
        private int row;

        @Override
        public int read() {
            if (at == line.length) {
                if (row == ROWS) {
                    return -1;
                }
                String note = row % 1000 == 0 ? "\"checked, by hand\"" : "";
                line = (FIRST.plusSeconds(60L * row) + "," + (row % 97) * 0.5 + "," + note + "\n")
                        .getBytes(StandardCharsets.US_ASCII);
                at = 0;
                row++;
            }
            return line[at++];
        }
    }
}
