package io.csiloop.preview;

/**
 * Where the preview listens and keeps its data.
 *
 * @param port        the port on 127.0.0.1; 0 for any free one (the browser tests)
 * @param databaseUrl the H2 JDBC URL; a file database keeps the data between runs
 */
public record PreviewConfig(int port, String databaseUrl) {

    /** Where README's command runs it: the Atlassian SDK's usual address, data under target/preview. */
    public static PreviewConfig standard() {
        return new PreviewConfig(2990, "jdbc:h2:file:./target/preview/db");
    }

    /** The context path Jira is served under by the SDK, and so by the preview. */
    public static final String CONTEXT_PATH = "/jira";
}
