package io.csiloop.measure;

/**
 * How large one CSV import may be, as a Jira administrator sets it: at most {@code maxBytes} bytes of the file
 * (every byte counts, blank lines too) and at most {@code maxRows} data rows (the header and blank lines do not
 * count). The defaults are sized from the heap benchmark (docs/benchmarks.md, "REST CSV import"): a million rows
 * import in a 64 MiB heap, so a Jira with a 2 GiB heap stays safe with several imports at the limit at once.
 *
 * @param maxBytes from {@value #MIN_BYTES} to {@value #MAX_BYTES}
 * @param maxRows from {@value #MIN_ROWS} to {@value #MAX_ROWS}
 */
public record CsvLimits(int maxBytes, int maxRows) {

    /** 64 MiB: a million rows of the benchmark's file with notes (36 MB) and room for longer notes. */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
    /** The benchmark's million rows, imported in a 64 MiB heap. */
    public static final int DEFAULT_MAX_ROWS = 1_000_000;
    public static final int MIN_BYTES = 1_024;
    /** 1 GiB: far beyond any file a person uploads, and well inside what one import can spill off the heap. */
    public static final int MAX_BYTES = 1 << 30;
    public static final int MIN_ROWS = 1;
    /** The most points one import can hold off the heap (its spill file stays below 2 GiB). */
    public static final int MAX_ROWS = 10_000_000;

    /** What applies before an administrator sets anything. */
    public static final CsvLimits DEFAULTS = new CsvLimits(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);

    public CsvLimits {
        if (maxBytes < MIN_BYTES || maxBytes > MAX_BYTES || maxRows < MIN_ROWS || maxRows > MAX_ROWS) {
            throw new IllegalArgumentException("CSV limits out of range: " + maxBytes + " bytes, " + maxRows + " rows");
        }
    }
}
