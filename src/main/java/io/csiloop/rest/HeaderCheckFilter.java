package io.csiloop.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Refuses a request whose {@code Content-Type} or {@code Accept} header is not a media type with a 400 naming
 * the header, before anything else reads it: the JAX-RS runtime would otherwise fail deep inside matching, and
 * that failure is no bug of ours to answer with a 500.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class HeaderCheckFilter implements ContainerRequestFilter {

    public HeaderCheckFilter() {
        // Stateless.
    }

    @Override
    public void filter(ContainerRequestContext request) {
        check(request, "Content-Type", request::getMediaType);
        check(request, "Accept", request::getAcceptableMediaTypes);
    }

    private static void check(ContainerRequestContext request, String header, Runnable parse) {
        try {
            parse.run();
        } catch (RuntimeException unreadable) { // the runtime's header parsers throw several kinds
            throw ApiProblem.invalid(List.of(Problem.field(header, Keys.MEDIA_TYPE)));
        }
    }
}
