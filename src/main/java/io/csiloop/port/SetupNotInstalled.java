package io.csiloop.port;

/**
 * CSI Loop's issue types, workflows or workflow scheme are missing from the host: the setup that runs when the
 * app is enabled has not completed (its log says why). Enabling the app again retries it.
 */
public final class SetupNotInstalled extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public SetupNotInstalled() {
        super("CSI Loop's issue types and workflows are not installed; disable and enable the app to retry setup");
    }
}
