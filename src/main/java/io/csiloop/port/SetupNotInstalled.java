package io.csiloop.port;

import java.util.Optional;

/**
 * CSI Loop's issue types, workflows or workflow scheme are missing from the host: the setup that runs when the
 * app is enabled has not completed (its log says why). Enabling the app again retries it, unless the host did not
 * provide a service setup needs ({@link #missingService()}): then setup cannot continue until it does.
 */
public final class SetupNotInstalled extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** The message key of the refusal when a service is missing; its one argument is the service's name. */
    public static final String MISSING_SERVICE_KEY = "csiloop.setup.hostServiceMissing";

    private final String missingService;

    public SetupNotInstalled() {
        super("CSI Loop's issue types and workflows are not installed; disable and enable the app to retry setup");
        this.missingService = null;
    }

    /** Setup stopped because the host did not provide the service named (e.g. {@code StatusManager}). */
    public SetupNotInstalled(String missingService) {
        super("Jira did not provide " + missingService + "; setup cannot continue");
        this.missingService = missingService;
    }

    /** The service the host did not provide, when that is why setup has not completed. */
    public Optional<String> missingService() {
        return Optional.ofNullable(missingService);
    }
}
