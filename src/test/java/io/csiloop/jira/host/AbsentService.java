package io.csiloop.jira.host;

import org.eclipse.gemini.blueprint.service.ServiceUnavailableException;

import java.lang.reflect.Proxy;

/**
 * What Gemini Blueprint injects for an optional {@code osgi:reference} when Jira publishes no such service: a proxy
 * of the interface on which every call (but {@code toString}, {@code equals}, {@code hashCode}) throws
 * {@link ServiceUnavailableException}.
 */
public final class AbsentService {

    /** The proxy of {@code type}, defined in its class loader (the host's bundle in the OSGi test). */
    public static <T> T of(Class<T> type) {
        String filter = "(objectClass=" + type.getName() + ")";
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "toString" -> "absent " + type.getName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new ServiceUnavailableException(filter);
                }));
    }

    private AbsentService() {
    }
}
