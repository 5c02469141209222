package io.csiloop.jira.host;

import io.csiloop.kernel.EnglishMessages;
import io.csiloop.port.SetupNotInstalled;

import java.util.List;

/**
 * Jira did not publish a service that setup imports as optional (plugin-context.xml), so setup cannot continue.
 * The app still enables; what needs the service refuses with this, naming it, and project setup answers
 * {@link SetupNotInstalled#missingService()} with the same name.
 */
public final class HostServiceMissing extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String service;

    public HostServiceMissing(Class<?> service, RuntimeException unavailable) {
        super(new EnglishMessages().text(SetupNotInstalled.MISSING_SERVICE_KEY, List.of(service.getSimpleName())), unavailable);
        this.service = service.getSimpleName();
    }

    /** The simple name of the service's interface, e.g. {@code StatusManager}. */
    public String service() {
        return service;
    }
}
