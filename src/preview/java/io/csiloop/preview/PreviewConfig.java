package io.csiloop.preview;

/**
 * Where the preview listens and keeps its data.
 *
 * @param port        the port on 127.0.0.1; 0 for any free one (the browser tests)
 * @param databaseUrl the H2 JDBC URL; a file database keeps the data between runs
 * @param reset       whether to start from a fresh demo: everything in the database is dropped, then reseeded
 */
public record PreviewConfig(int port, String databaseUrl, boolean reset) {

    /** The context path Jira is served under by the SDK, and so by the preview. */
    public static final String CONTEXT_PATH = "/jira";

    /** A preview that keeps what its database has. */
    public PreviewConfig(int port, String databaseUrl) {
        this(port, databaseUrl, false);
    }

    /**
     * Where README's command runs it: the Atlassian SDK's usual address (or {@code -Dpreview.port}), data under
     * target/preview, dropped and reseeded first with {@code -Dpreview.reset=true}.
     */
    public static PreviewConfig standard() {
        return new PreviewConfig(Integer.getInteger("preview.port", 2990), "jdbc:h2:file:./target/preview/db",
                Boolean.getBoolean("preview.reset"));
    }
}
