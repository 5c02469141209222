package io.csiloop.application.measure;

/**
 * A CSV import refused because the file is over a limit an administrator set ({@link io.csiloop.measure.CsvLimits}):
 * too many bytes or too many rows. It is thrown as soon as the limit is passed, while the file streams in, and
 * nothing was recorded.
 */
public final class CsvTooLarge extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The message keys, with the limit as their one parameter. */
    public static final String BYTES = "csiloop.rest.error.csv.tooManyBytes";
    public static final String ROWS = "csiloop.rest.error.csv.tooManyRows";

    private final String messageKey;
    private final int limit;

    CsvTooLarge(String messageKey, int limit) {
        super("CSV import over its limit: " + messageKey + " " + limit);
        this.messageKey = messageKey;
        this.limit = limit;
    }

    /** {@link #BYTES} or {@link #ROWS}. */
    public String messageKey() {
        return messageKey;
    }

    /** The limit the file went over. */
    public int limit() {
        return limit;
    }
}
