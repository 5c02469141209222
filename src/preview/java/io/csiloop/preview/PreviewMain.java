package io.csiloop.preview;

import java.time.Clock;

/**
 * README's first command lands here: starts the preview at http://localhost:2990/jira, keeps its data in
 * target/preview, and stops cleanly on Ctrl-C (a shutdown hook closes the server, then the database).
 */
public final class PreviewMain {

    /** Held, because java.util.logging forgets the level of a logger nobody references. */
    private static final java.util.logging.Logger JERSEY_PROVIDERS =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    private PreviewMain() {
    }

    public static void main(String[] args) throws Exception {
        // Jersey warns, once per resource, that resource instances are no providers: true, and noise on the console.
        JERSEY_PROVIDERS.setLevel(java.util.logging.Level.SEVERE);
        PreviewConfig config = PreviewConfig.standard();
        if (config.reset()) {
            System.out.println("CSI Loop preview: -Dpreview.reset=true, starting from a fresh demo.");
        }
        Preview preview = Preview.start(config, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            System.out.println("CSI Loop preview stopped; its data stays in target/preview.");
        }, "preview-shutdown"));
        System.out.println("CSI Loop preview running at http://localhost:" + preview.port() + PreviewConfig.CONTEXT_PATH
                + "  (log in as admin/admin, editor/editor or viewer/viewer; Ctrl-C stops it)");
        Thread.currentThread().join();
    }
}
