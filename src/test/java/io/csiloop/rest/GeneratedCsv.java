package io.csiloop.rest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * A large CSV import's body, {@code observedAt,value} then the rows, made as they are read, so a benchmark harness can
 * import a million rows without holding them.
 */
final class GeneratedCsv extends InputStream {

    private final int rows;
    private final IntFunction<String> line;
    private byte[] bytes = "observedAt,value\n".getBytes(StandardCharsets.US_ASCII);
    private int at;
    private int row;

    /**
     * @param line the row of each index from 0, without its line break
     */
    GeneratedCsv(int rows, IntFunction<String> line) {
        this.rows = rows;
        this.line = line;
    }

    @Override
    public int read() {
        if (at == bytes.length) {
            if (row == rows) {
                return -1;
            }
            bytes = (line.apply(row++) + "\n").getBytes(StandardCharsets.US_ASCII);
            at = 0;
        }
        return bytes[at++];
    }
}
