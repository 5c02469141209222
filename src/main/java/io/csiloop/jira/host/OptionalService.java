package io.csiloop.jira.host;


import java.util.function.Function;

/**
 * A Jira service imported with {@code availability="optional"} (plugin-context.xml), because no Jira 11 app was
 * seen importing it (docs/packaging.md, the strictness ledger). Gemini Blueprint injects a proxy whether or not Jira
 * publishes the service; with none behind it, a call throws the extender's {@code ServiceUnavailableException}
 * (at once: the reference's timeout is 0). This turns that into {@link HostServiceMissing}, which names the service.
 *
 * <p>The exception is recognised by its simple name, not its class: importing the extender's package would tie the
 * plugin to an implementation package Jira need not export, and both Gemini's own exception and the OSGi Blueprint
 * one (thrown when the context uses Blueprint exceptions) bear that name.
 */
final class OptionalService<T> {

    static final String UNAVAILABLE = "ServiceUnavailableException";

    private final Class<T> type;
    private final T proxy;

    OptionalService(Class<T> type, T proxy) {
        this.type = type;
        this.proxy = proxy;
    }

    /** The call's answer; {@link HostServiceMissing} when Jira does not provide the service. */
    <R> R call(Function<? super T, R> call) {
        try {
            return call.apply(proxy);
        } catch (RuntimeException e) {
            if (isUnavailable(e)) {
                throw new HostServiceMissing(type, e);
            }
            throw e;
        }
    }

    private static boolean isUnavailable(RuntimeException e) {
        for (Class<?> cls = e.getClass(); cls != null; cls = cls.getSuperclass()) {
            if (UNAVAILABLE.equals(cls.getSimpleName())) {
                return true;
            }
        }
        return false;
    }
}
