package io.csiloop.rest;

import io.csiloop.host.rest.RestHost;
import io.csiloop.port.ProjectAccess;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One operation of the API as its resource class declares it, found by reflection so that the tests that walk
 * every endpoint (permission matrix, OpenAPI document, fuzz) cannot miss a new one.
 *
 * @param method the HTTP method
 * @param path the path template below the base, e.g. {@code projects/{projectIdOrKey}/definitions}
 * @param required the permission it declares: a {@link ProjectAccess} name its {@link Requires} gives, or
 *     {@value #ADMINISTER_JIRA} for {@link RequiresAdministrator}; null when it declares none
 * @param consumes the media type of its body; null when it takes none
 */
record Endpoint(String method, String path, String required, String consumes) {

    /** The permission of a {@link RequiresAdministrator} method, as docs/openapi.json names it too. */
    static final String ADMINISTER_JIRA = "ADMINISTER_JIRA";

    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(GET.class, "GET",
            POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE");

    /** Every endpoint of the API's resource classes, ordered by path and method. */
    static List<Endpoint> all() {
        return of(RestHost.RESOURCES);
    }

    static List<Endpoint> of(List<Class<?>> resources) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method m : resource.getMethods()) {
                METHODS.forEach((annotation, name) -> {
                    if (m.isAnnotationPresent(annotation)) {
                        Path sub = m.getAnnotation(Path.class);
                        Requires requires = m.getAnnotation(Requires.class);
                        Consumes consumes = m.getAnnotation(Consumes.class);
                        String required = m.isAnnotationPresent(RequiresAdministrator.class) ? ADMINISTER_JIRA
                                : requires == null ? null : requires.value().name();
                        endpoints.add(new Endpoint(name, join(base, sub == null ? "" : sub.value()), required,
                                consumes == null ? null : consumes.value()[0]));
                    }
                });
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static String join(String base, String sub) {
        String path = (strip(base) + "/" + strip(sub));
        return strip(path);
    }

    private static String strip(String path) {
        String p = path;
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** {@code GET projects/{projectIdOrKey}/scorecard}. */
    @Override
    public String toString() {
        return method + " " + path;
    }
}
