package io.csiloop.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Marks every answer of the API, JSON, PDF, CSV and HTML alike, as one a browser must neither sniff nor keep:
 * {@code X-Content-Type-Options: nosniff} (a CSV or a refusal is never run as script or rendered as HTML) and
 * {@code Cache-Control: no-store} (what a signed-in user read stays off shared and disk caches after sign-out).
 * Each answer is for the user who asked, so no answer of the API is cacheable.
 */
@Provider
public final class NoStoreFilter implements ContainerResponseFilter {

    static final String NO_SNIFF = "X-Content-Type-Options";
    static final String CACHE_CONTROL = "Cache-Control";

    public NoStoreFilter() {
        // Stateless.
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(NO_SNIFF, "nosniff");
        response.getHeaders().putSingle(CACHE_CONTROL, "no-store");
    }
}
