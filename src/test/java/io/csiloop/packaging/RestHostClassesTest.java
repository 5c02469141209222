package io.csiloop.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.csiloop.host.rest.RestHost;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The host outside Jira registers its classes one by one (Jersey 3 scanning is not used); Jira's REST module
 * scans the package. Both must serve the same resources and providers.
 */
class RestHostClassesTest {

    @Test
    void shouldRegisterExactlyTheResourcesAndProvidersJiraFindsInThePackage() throws Exception {
        List<String> registered = Stream.concat(RestHost.RESOURCES.stream(), RestHost.PROVIDERS.stream())
                .map(Class::getName).sorted().toList();

        assertEquals(RestClasses.in("io.csiloop.rest", getClass().getClassLoader()), registered);
    }
}
