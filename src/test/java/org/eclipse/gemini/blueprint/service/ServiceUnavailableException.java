package org.eclipse.gemini.blueprint.service;

/**
 * Test stand-in for Gemini Blueprint's exception of the same name (Platform 8's extender, gemini.blueprint
 * 4.0.0-atlassian-8, {@code ServiceDynamicInterceptor.getTarget}): what a call on the proxy of an optional
 * {@code osgi:reference} throws when no service is behind it. Only tests use it; the plugin never imports it.
 */
public class ServiceUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ServiceUnavailableException(String filter) {
        super("service matching filter=[" + filter + "] unavailable");
    }
}
