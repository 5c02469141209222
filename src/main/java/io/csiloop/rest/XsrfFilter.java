package io.csiloop.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;

/**
 * Jira's REST rule against cross-site request forgery, enforced by the app itself so that the protection does
 * not depend on the host: a mutating request (POST, PUT, PATCH, DELETE) whose content type a browser can send
 * cross-site without a preflight ({@code application/x-www-form-urlencoded}, {@code multipart/form-data},
 * {@code text/plain}), or that has no content type at all, is refused with 403 unless it carries the header
 * {@code X-Atlassian-Token: no-check}, which a cross-site form cannot set. Everything else passes: a JSON or
 * CSV body ({@code application/json}, {@code text/csv}) needs a preflight that Jira's CORS rules refuse.
 *
 * <p>It runs before the request is matched to a resource, so the answer does not depend on whether some
 * resource would accept the content type. Stricter than Jira's filter in one way: Jira enforces the rule for POST only and merely logs other
 * methods; we enforce it for every mutating method.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class XsrfFilter implements ContainerRequestFilter {

    /** The header that exempts a request, and its only accepted value (case-insensitive, as Jira compares). */
    public static final String TOKEN_HEADER = "X-Atlassian-Token";
    public static final String NO_CHECK = "no-check";

    private static final Set<String> MUTATING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> BROWSER_FORM_TYPES = Set.of(
            MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

    public XsrfFilter() {
        // Stateless.
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (MUTATING.contains(request.getMethod()) && formLike(request.getMediaType()) && !exempt(request)) {
            throw ApiProblem.of(Status.FORBIDDEN, Keys.XSRF);
        }
    }

    private static boolean formLike(MediaType type) {
        return type == null || BROWSER_FORM_TYPES.contains(
                type.getType().toLowerCase(Locale.ROOT) + "/" + type.getSubtype().toLowerCase(Locale.ROOT));
    }

    private static boolean exempt(ContainerRequestContext request) {
        String token = request.getHeaderString(TOKEN_HEADER);
        return token != null && token.strip().toLowerCase(Locale.ROOT).equals(NO_CHECK);
    }
}
