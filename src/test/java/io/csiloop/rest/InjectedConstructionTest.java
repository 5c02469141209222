package io.csiloop.rest;

import io.csiloop.host.rest.RestHost;
import io.csiloop.port.ProjectAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Jira 11's REST v2 builds the resources and providers itself (Jersey 3.1 with HK2) and fills a constructor's
 * parameters only where the constructor carries {@code jakarta.inject.Inject} (docs/packaging.md 2.4). The host
 * builds them the same way, so a constructor without it fails here as it would in Jira; and since Jersey builds an
 * exception mapper only when its exception first occurs, every registered class is also checked by reflection.
 */
class InjectedConstructionTest {

    @Test
    void shouldMarkEveryResourceAndProviderConstructorThatTakesArgumentsWithInject() {
        List<String> unmarked = Stream.concat(RestHost.RESOURCES.stream(), RestHost.PROVIDERS.stream())
                .flatMap(type -> Arrays.stream(type.getConstructors()))
                .filter(c -> c.getParameterCount() > 0 && !c.isAnnotationPresent(Inject.class))
                .map(Constructor::toGenericString).toList();

        assertEquals(List.of(), unmarked, "Jira's REST v2 cannot build these: mark them jakarta.inject.Inject");
    }

    @Test
    void shouldServeAResourceWhoseConstructorIsMarkedWithInject() throws Exception {
        try (RestWorld world = new RestWorld(List.of(Injectable.class))) {
            Api.Reply reply = world.api.as(Role.BROWSE_ONLY).get("injection/projects/CSI");

            assertEquals(200, reply.status(), reply.body());
            assertEquals("\"CSI\"", reply.body());
        }
    }

    /**
     * The same resource without {@code @Inject} cannot be built, so only the bug answers (500) where its twin above
     * answers 200. (Jersey logs "Could not find a suitable constructor"; which logger says so depends on the order
     * the tests run in, so the test asserts the answer, not the log.)
     */
    @Test
    void shouldFailAResourceWhoseConstructorTakesArgumentsWithoutInject() throws Exception {
        try (RestWorld world = new RestWorld(List.of(NotInjectable.class))) {
            Api.Reply reply = world.api.as(Role.BROWSE_ONLY).get("no-injection/projects/CSI");

            assertEquals(500, reply.status(), "Jersey cannot build the resource, so nothing may answer but the bug");
        }
    }

    /** A resource that answers the key of the project its path names, through a bean Jersey must inject. */
    public abstract static class KeyProbe {

        private final Scopes scopes;

        protected KeyProbe(Scopes scopes) {
            this.scopes = scopes;
        }

        @GET
        @Path("projects/{projectIdOrKey}")
        @Produces(MediaType.APPLICATION_JSON)
        @Requires(ProjectAccess.BROWSE)
        public String key(@PathParam("projectIdOrKey") String project) {
            return '"' + scopes.project(project).key() + '"';
        }
    }

    /** The probe as the API's resources are written. */
    @Path("injection")
    public static final class Injectable extends KeyProbe {

        @Inject
        public Injectable(Scopes scopes) {
            super(scopes);
        }
    }

    /** The same probe without {@code @Inject}: Jersey finds no constructor it may use. */
    @Path("no-injection")
    public static final class NotInjectable extends KeyProbe {

        public NotInjectable(Scopes scopes) {
            super(scopes);
        }
    }
}
