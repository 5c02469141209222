package io.csiloop.packaging;

import io.csiloop.jira.host.AbsentService;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plugin jar in a real OSGi framework (Apache Felix) where what Jira 11.3 exports (jira-11.3-exports.txt) is
 * exported by a bundle of the stand-ins ({@link JiraHostBundle}) and by the system bundle for the packages of
 * real jars: the plugin must resolve and start, every package it imports must be wired to an
 * export (its imports are optional, as in the Jira 11 apps we studied, so resolution alone proves little),
 * and every class in it must load and link inside the bundle. Then, with the services the plugin imports as optional
 * absent, it must still start and its setup must refuse by the service's name.
 */
class FelixResolutionIT {

    @TempDir
    Path storage;
    private Framework framework;

    @AfterEach
    void stopFramework() throws Exception {
        if (framework != null) {
            framework.stop();
            framework.waitForStop(10_000);
        }
    }

    @Test
    void shouldResolveStartAndLinkAgainstWhatJiraExports() throws Exception {
        PluginJar jar = PluginJar.built();
        Bundle plugin = startedPlugin(jar);

        List<String> neverRun = lines("embedded-optional-imports.txt");
        assertEquals(List.of(), unwiredImports(plugin).stream()
                .filter(filter -> neverRun.stream().noneMatch(pkg -> filter.contains("(osgi.wiring.package=" + pkg + ")")))
                .toList(), "imports Jira 11.3 does not export");
        assertEquals(List.of(), optionalityOf(plugin, neverRun), "what never runs must be imported optionally");
        assertEquals(List.of(), classesThatDoNotLink(plugin, jar.classNames()));
    }

    /**
     * Jira 11.3 behaviour pinned: Jira need not publish the services imported as optional (plugin-context.xml), and
     * Gemini Blueprint then injects proxies that throw on every call ({@link AbsentService}). The plugin still
     * resolves and starts; setup, run by its lifecycle hook inside the bundle, stops naming the service; project
     * setup refuses with that name instead of failing.
     */
    @Test
    void shouldStartWithoutTheOptionalServicesAndRefuseProjectSetupNamingTheFirstMissing() throws Exception {
        Bundle plugin = startedPlugin(PluginJar.built());
        BundleWiring wiring = plugin.adapt(BundleWiring.class);
        ClassLoader bundle = wiring.getClassLoader();

        Object setupCatalog = construct(bundle, "io.csiloop.jira.host.JiraSetupCatalog",
                present(bundle, "com.atlassian.jira.config.IssueTypeManager"),
                absent(bundle, "com.atlassian.jira.config.StatusManager"),
                absent(bundle, "com.atlassian.jira.config.StatusCategoryManager"),
                absent(bundle, "com.atlassian.jira.config.ResolutionManager"),
                present(bundle, "com.atlassian.jira.workflow.WorkflowManager"),
                present(bundle, "com.atlassian.jira.workflow.WorkflowSchemeManager"));
        Object setup = construct(bundle, "io.csiloop.application.setup.CsiLoopSetup", setupCatalog);
        Object lastSetup = construct(bundle, "io.csiloop.jira.setup.LastSetup");
        Object setupOnEnable = construct(bundle, "io.csiloop.jira.setup.SetupOnEnable", setup, lastSetup);
        bundle.loadClass("com.atlassian.sal.api.lifecycle.LifecycleAware").getMethod("onStart").invoke(setupOnEnable);
        Object project = present(bundle, "com.atlassian.jira.project.Project");
        Object projectSetup = construct(bundle, "io.csiloop.jira.host.JiraProjectSetup",
                present(bundle, "io.csiloop.port.Access", Map.of("currentUserMay", true)),
                present(bundle, "com.atlassian.jira.project.ProjectManager", Map.of("getProjectObj", project)),
                setup,
                present(bundle, "com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager"),
                present(bundle, "com.atlassian.jira.workflow.WorkflowSchemeManager"),
                present(bundle, "com.atlassian.jira.config.IssueTypeManager"),
                present(bundle, "com.atlassian.jira.issue.IssueManager"),
                lastSetup);

        Throwable refused = assertThrows(InvocationTargetException.class, () -> bundle.loadClass("io.csiloop.port.ProjectSetup")
                .getMethod("plan", long.class).invoke(projectSetup, 10_000L)).getCause();
        assertEquals("io.csiloop.port.SetupNotInstalled", refused.getClass().getName());
        assertEquals("Jira did not provide ResolutionManager; setup cannot continue", refused.getMessage());
        assertEquals(Optional.of("ResolutionManager"), refused.getClass().getMethod("missingService").invoke(refused));
    }

    /** Felix with Jira's exports (system bundle and the stand-ins' bundle) and the plugin, resolved and started. */
    private Bundle startedPlugin(PluginJar jar) throws Exception {
        Path classes = Path.of(System.getProperty("csiloop.classes"));
        Map<Boolean, List<String>> exports = jiraExports().stream()
                .collect(Collectors.partitioningBy(export -> JiraHostBundle.isStandIn(classes, export)));
        framework = new FrameworkFactory().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.resolve("felix").toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", exports.get(false))));
        framework.start();
        Path host = JiraHostBundle.build(classes, exports.get(true), storage.resolve("jira-host.jar"));
        Bundle jira = framework.getBundleContext().installBundle(host.toUri().toString());
        Bundle plugin = framework.getBundleContext().installBundle(jar.path().toUri().toString());

        assertTrue(framework.adapt(FrameworkWiring.class).resolveBundles(List.of(jira, plugin)), "the plugin should resolve");
        plugin.start();
        assertEquals(Bundle.ACTIVE, plugin.getState());
        return plugin;
    }

    /** Builds the class, as the plugin's Spring context would, through its one public constructor. */
    private static Object construct(ClassLoader bundle, String className, Object... arguments) throws Exception {
        Constructor<?>[] constructors = bundle.loadClass(className).getConstructors();
        assertEquals(1, constructors.length, className);
        return constructors[0].newInstance(arguments);
    }

    /** A service Jira publishes, as seen through the plugin's class loader: the answers given, else empty ones. */
    private static Object present(ClassLoader bundle, String interfaceName) throws Exception {
        return present(bundle, interfaceName, Map.of());
    }

    private static Object present(ClassLoader bundle, String interfaceName, Map<String, Object> answers) throws Exception {
        Class<?> type = bundle.loadClass(interfaceName);
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                answers.containsKey(method.getName()) ? answers.get(method.getName()) : empty(method.getReturnType()));
    }

    private static Object empty(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class || type == int.class) {
            return type == long.class ? (Object) 0L : (Object) 0;
        }
        if (type.isAssignableFrom(List.class)) {
            return List.of();
        }
        return type == Optional.class ? Optional.empty() : null;
    }

    private static Object absent(ClassLoader bundle, String interfaceName) throws Exception {
        return AbsentService.of(bundle.loadClass(interfaceName));
    }

    private static List<String> unwiredImports(Bundle plugin) {
        BundleWiring wiring = plugin.adapt(BundleWiring.class);
        Set<BundleRequirement> wired = wiring.getRequiredWires(BundleRevision.PACKAGE_NAMESPACE).stream()
                .map(BundleWire::getRequirement).collect(Collectors.toSet());
        return plugin.adapt(BundleRevision.class).getDeclaredRequirements(BundleRevision.PACKAGE_NAMESPACE).stream()
                .filter(requirement -> !wired.contains(requirement))
                .map(requirement -> requirement.getDirectives().get(Constants.FILTER_DIRECTIVE))
                .toList();
    }

    /** The packages of the list that the plugin imports without resolution:=optional. */
    private static List<String> optionalityOf(Bundle plugin, List<String> packages) {
        return plugin.adapt(BundleRevision.class).getDeclaredRequirements(BundleRevision.PACKAGE_NAMESPACE).stream()
                .filter(r -> !Constants.RESOLUTION_OPTIONAL.equals(r.getDirectives().get(Constants.RESOLUTION_DIRECTIVE)))
                .map(r -> r.getDirectives().get(Constants.FILTER_DIRECTIVE))
                .filter(filter -> packages.stream().anyMatch(pkg -> filter.contains("(osgi.wiring.package=" + pkg + ")")))
                .toList();
    }

    private static List<String> classesThatDoNotLink(Bundle plugin, List<String> classNames) {
        List<String> failures = new ArrayList<>();
        for (String name : classNames) {
            try {
                Class<?> cls = plugin.loadClass(name);
                cls.getDeclaredMethods();
                cls.getDeclaredConstructors();
                cls.getDeclaredFields();
            } catch (ClassNotFoundException | LinkageError e) {
                failures.add(name + ": " + e);
            }
        }
        return failures;
    }

    private static List<String> jiraExports() throws Exception {
        return lines("jira-11.3-exports.txt");
    }

    private static List<String> lines(String resource) throws Exception {
        try (var in = FelixResolutionIT.class.getResourceAsStream(resource);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }
}
