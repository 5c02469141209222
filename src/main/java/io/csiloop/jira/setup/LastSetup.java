package io.csiloop.jira.setup;

import io.csiloop.jira.host.HostServiceMissing;

import java.util.Optional;

/**
 * What the last run of setup on enable ({@link SetupOnEnable}) ended with, so that project setup can say why
 * CSI Loop is not installed: a service Jira did not provide cannot be fixed by enabling the app again, and the
 * answer should say so rather than suggest it. One per plugin context; setup writes, requests read.
 */
public final class LastSetup {

    private volatile String missingService;

    public LastSetup() {
        // A bean of the plugin's Spring context.
    }

    /** The last run did not stop for a missing service (it completed, or failed for another reason it logged). */
    void servicesFound() {
        missingService = null;
    }

    /** The last run stopped because Jira did not provide the service. */
    void refused(HostServiceMissing missing) {
        missingService = missing.service();
    }

    /** The service whose absence stopped the last run; empty when it completed, failed otherwise, or has not run. */
    public Optional<String> missingService() {
        return Optional.ofNullable(missingService);
    }
}
