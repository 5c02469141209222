package io.csiloop.application.measure;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV (RFC 4180: comma-separated, fields optionally in double quotes, a quote inside quotes doubled,
 * CRLF or LF line ends) one record at a time from a stream, so a file of any length is read in constant memory.
 * A record longer than {@value #MAX_RECORD_CHARS} characters is not held: it is skipped to its end and reported.
 */
final class CsvRecords {

    /** The longest record kept; far above any valid data point line. */
    static final int MAX_RECORD_CHARS = 10_000;

    private final Reader in;
    private long line = 1;
    private int pending = -2; // -2: nothing read ahead

    /**
     * One record.
     *
     * @param line the 1-based line it starts on
     * @param fields its fields, unquoted; null when it was too long or ended inside quotes
     */
    record Row(long line, List<String> fields) {
        boolean blank() {
            return fields != null && fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    CsvRecords(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input. */
    Row next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean overlong = false;
        int length = 0;
        while (true) {
            if (c < 0) {
                return new Row(start, quoted || overlong ? null : finish(fields, field));
            }
            if (++length > MAX_RECORD_CHARS) {
                overlong = true;
                field.setLength(0);
            }
            if (quoted) {
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        append(field, '"', overlong);
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    countLine(c);
                    append(field, (char) c, overlong);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                if (!overlong) {
                    fields.add(field.toString());
                }
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        pending = after;
                    }
                }
                line++;
                return new Row(start, overlong ? null : finish(fields, field));
            } else {
                append(field, (char) c, overlong);
            }
            c = read();
        }
    }

    private void countLine(int c) {
        if (c == '\n') {
            line++;
        }
    }

    private static void append(StringBuilder field, char c, boolean overlong) {
        if (!overlong) {
            field.append(c);
        }
    }

    private static List<String> finish(List<String> fields, StringBuilder field) {
        fields.add(field.toString());
        return fields;
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        return in.read();
    }
}
