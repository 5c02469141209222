package io.csiloop.packaging;

import com.atlassian.jira.config.ResolutionManager;
import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.project.ProjectManager;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpringWiringTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void shouldResolveEveryConstructorOfTheShippedContext() throws Exception {
        List<String> modules;
        try (InputStream descriptor = loader.getResourceAsStream("atlassian-plugin.xml")) {
            modules = ModuleClasses.in(descriptor, loader);
        }
        assertTrue(modules.contains("io.csiloop.rest.JsonBodyProvider"), "REST providers are checked too: " + modules);
        try (InputStream context = loader.getResourceAsStream("META-INF/spring/plugin-context.xml")) {
            assertEquals(List.of(), new SpringWiring(loader).check(context, modules));
        }
    }

    /**
     * Jira 11.3 behaviour pinned: a mandatory reference to a service Jira does not publish keeps the whole context
     * waiting, and the app never enables. No Jira 11 app was seen importing these three (jira-11-audit.md finding 4),
     * so they are optional, and only the setup catalog takes them, which refuses by name when one is missing.
     */
    @Test
    void shouldImportOptionallyOnlyTheServicesNoJira11AppWasSeenImportingAndGiveThemOnlyToSetup() throws Exception {
        List<String> modules;
        try (InputStream descriptor = loader.getResourceAsStream("atlassian-plugin.xml")) {
            modules = ModuleClasses.in(descriptor, loader);
        }
        try (InputStream context = loader.getResourceAsStream("META-INF/spring/plugin-context.xml")) {
            List<String> setupOnly = List.of("io.csiloop.jira.host.JiraSetupCatalog");
            assertEquals(Map.of(StatusManager.class.getName(), setupOnly, StatusCategoryManager.class.getName(), setupOnly,
                            ResolutionManager.class.getName(), setupOnly),
                    new SpringWiring(loader).optionalReferenceUsers(context, modules));
        }
    }

    @Test
    void shouldAcceptAModuleWhoseParametersEachMatchOneCandidate() throws Exception {
        String xml = reference("issues", IssueManager.class) + reference("projects", ProjectManager.class);

        assertEquals(List.of(), check(xml, NeedsIssuesAndProjects.class));
    }

    @Test
    void shouldReportAParameterNothingProvides() throws Exception {
        assertEquals(List.of(NeedsIssuesAndProjects.class.getName() + ": parameter " + ProjectManager.class.getName()
                        + " matches no bean or reference"),
                check(reference("issues", IssueManager.class), NeedsIssuesAndProjects.class));
    }

    @Test
    void shouldReportAnAmbiguousParameter() throws Exception {
        String xml = reference("issues", IssueManager.class) + reference("projects", ProjectManager.class)
                + "<bean id='a' class='" + Helper.class.getName() + "'/><bean id='b' class='" + Helper.class.getName() + "'/>";

        assertEquals(List.of(NeedsHelper.class.getName() + ": parameter " + Helper.class.getName()
                + " matches several beans [a, b]"), check(xml, NeedsHelper.class, NeedsIssuesAndProjects.class));
    }

    @Test
    void shouldTakeAFactoryBeanAsTheTypeItsMethodReturns() throws Exception {
        String xml = "<bean id='helper' class='" + HelperFactory.class.getName() + "' factory-method='helper'/>";

        assertEquals(List.of(), check(xml, NeedsHelper.class));
    }

    @Test
    void shouldReportAReferenceNobodyUses() throws Exception {
        assertEquals(List.of("OSGi reference issues (" + IssueManager.class.getName() + ") is imported but never injected"),
                check(reference("issues", IssueManager.class)));
    }

    private List<String> check(String body, Class<?>... modules) throws Exception {
        String xml = "<beans xmlns='http://www.springframework.org/schema/beans'"
                + " xmlns:osgi='http://www.eclipse.org/gemini/blueprint/schema/blueprint' default-autowire='constructor'>"
                + body + "</beans>";
        List<String> names = java.util.Arrays.stream(modules).map(Class::getName).toList();
        return new SpringWiring(loader).check(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), names);
    }

    private static String reference(String id, Class<?> type) {
        return "<osgi:reference id='" + id + "' interface='" + type.getName() + "'/>";
    }

    public static final class NeedsIssuesAndProjects {
        public NeedsIssuesAndProjects(IssueManager issues, ProjectManager projects) {
        }
    }

    public static final class Helper {
        public Helper() {
        }
    }

    public static final class HelperFactory {
        private HelperFactory() {
        }

        public static Helper helper() {
            return new Helper();
        }
    }

    public static final class NeedsHelper {
        public NeedsHelper(Helper helper) {
        }
    }
}
