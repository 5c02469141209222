package io.csiloop.host.rest;

import com.sun.net.httpserver.HttpServer;
import io.csiloop.application.gate.CycleSnapshots;
import io.csiloop.application.gate.GateReviews;
import io.csiloop.application.gate.ImprovementCycles;
import io.csiloop.application.gate.LessonsLearned;
import io.csiloop.application.gate.StoredMeasureChanges;
import io.csiloop.application.kpi.ChangeVerdicts;
import io.csiloop.application.kpi.KpiAnalysis;
import io.csiloop.application.kpi.KpiAttention;
import io.csiloop.application.kpi.KpiReadings;
import io.csiloop.application.kpi.MeasureRebases;
import io.csiloop.application.measure.CsvExport;
import io.csiloop.application.measure.CsvImport;
import io.csiloop.application.measure.DataPointLog;
import io.csiloop.application.measure.ProjectMeasures;
import io.csiloop.application.pack.StoredPacks;
import io.csiloop.application.process.IssueProcesses;
import io.csiloop.application.process.IssueStandings;
import io.csiloop.application.process.ProcessNames;
import io.csiloop.rest.AccessDeniedMapper;
import io.csiloop.rest.AccessFeature;
import io.csiloop.rest.AdministratorRequiredMapper;
import io.csiloop.rest.ApiMessages;
import io.csiloop.rest.ApiProblemMapper;
import io.csiloop.rest.AutomationSettingsResource;
import io.csiloop.rest.BenefitsResource;
import io.csiloop.rest.CsvInvalidMapper;
import io.csiloop.rest.CsvResource;
import io.csiloop.rest.DataPointResource;
import io.csiloop.rest.DefinitionNotFoundMapper;
import io.csiloop.rest.DashboardResource;
import io.csiloop.rest.DefinitionResource;
import io.csiloop.rest.DuplicateMeasurementKeyMapper;
import io.csiloop.rest.HeaderCheckFilter;
import io.csiloop.rest.InvalidInputMapper;
import io.csiloop.rest.IssueResource;
import io.csiloop.rest.JsonBodyProvider;
import io.csiloop.rest.KpiResource;
import io.csiloop.rest.NoStoreFilter;
import io.csiloop.rest.NotInProcessMapper;
import io.csiloop.rest.PackResource;
import io.csiloop.rest.PathDefinitions;
import io.csiloop.rest.PhaseExitReportResource;
import io.csiloop.rest.RebaseResource;
import io.csiloop.rest.ProjectAutomationResource;
import io.csiloop.rest.ProjectSetupRefusedMapper;
import io.csiloop.rest.ProjectSetupResource;
import io.csiloop.rest.Scopes;
import io.csiloop.rest.ScorecardResource;
import io.csiloop.rest.Scorecards;
import io.csiloop.rest.SetupNotInstalledMapper;
import io.csiloop.rest.UnexpectedErrorMapper;
import io.csiloop.rest.WebApplicationExceptionMapper;
import io.csiloop.rest.XsrfFilter;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * CSI Loop's REST API outside Jira: the resources and providers of {@code io.csiloop.rest} in Jersey 3.1 on the
 * JDK's HTTP server, under {@value #BASE_PATH} as Jira serves them. The host supplies what Jira would: the
 * port implementations (who is asking, projects, issues, permissions) and the repositories; the services are
 * built here by constructor as Jira's plugin context builds them, and the resources and providers by Jersey
 * and HK2 from those beans, as Jira's REST v2 builds them. Used by the REST tests (fake ports, H2) and by the
 * preview (its own ports).
 *
 * <p>Jersey's own Jackson provider is registered too, as Jira has one: the API's {@link JsonBodyProvider} must
 * win for its types, and the tests show that it does.
 */
public final class RestHost implements AutoCloseable {

    /** Where Jira serves the {@code <rest key="csiloop-rest" path="/csiloop" version="1.0">} module. */
    public static final String BASE_PATH = "/rest/csiloop/1.0";

    /**
     * The resources of the scheduled automation's settings. Their services need Jira's scheduler and search, which
     * only Jira has: the preview leaves them out (as it leaves out the automation's beans, SpringBeans); the tests
     * give them fakes.
     */
    public static final List<Class<?>> AUTOMATION_RESOURCES = List.of(AutomationSettingsResource.class,
            ProjectAutomationResource.class);

    /** The API's resource classes: registered explicitly (Jira scans the package; RestClassesTest compares). */
    public static final List<Class<?>> RESOURCES = Stream.concat(Stream.of(DefinitionResource.class,
            DataPointResource.class, CsvResource.class, KpiResource.class, ScorecardResource.class, IssueResource.class,
            ProjectSetupResource.class, PackResource.class, PhaseExitReportResource.class, RebaseResource.class,
            DashboardResource.class, BenefitsResource.class),
            AUTOMATION_RESOURCES.stream()).toList();

    /** The API's providers (filters, features, body readers and writers, exception mappers). */
    public static final List<Class<?>> PROVIDERS = List.of(HeaderCheckFilter.class, XsrfFilter.class, AccessFeature.class,
            NoStoreFilter.class,
            JsonBodyProvider.class, ApiProblemMapper.class, InvalidInputMapper.class, CsvInvalidMapper.class,
            DefinitionNotFoundMapper.class, DuplicateMeasurementKeyMapper.class, AccessDeniedMapper.class,
            SetupNotInstalledMapper.class, ProjectSetupRefusedMapper.class, AdministratorRequiredMapper.class,
            NotInProcessMapper.class, WebApplicationExceptionMapper.class, UnexpectedErrorMapper.class);

    /**
     * The services the API uses, declared as beans in plugin-context.xml (the application's and its own), in an
     * order each can be built in.
     */
    public static final List<Class<?>> SERVICES = List.of(ImprovementCycles.class, StoredMeasureChanges.class,
            ChangeVerdicts.class, GateReviews.class, KpiReadings.class, KpiAnalysis.class, MeasureRebases.class,
            CycleSnapshots.class, ProcessNames.class, IssueProcesses.class,
            ProjectMeasures.class, DataPointLog.class, CsvImport.class, CsvExport.class, StoredPacks.class,
            ApiMessages.class, Scopes.class, PathDefinitions.class, Scorecards.class, KpiAttention.class,
            IssueStandings.class, LessonsLearned.class);

    static {
        // The JDK server's responses otherwise wait for delayed ACKs (Nagle): about 40 ms per request.
        // Read once when the server classes load, so it must be set before the first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final URI base;

    private RestHost(HttpServer server, URI base) {
        this.server = server;
        this.base = base;
    }

    /**
     * The API as a Jersey application over the host's beans.
     *
     * @param beans the port implementations (users, projects, issues, access, linked issues, project setup), the
     *     repositories
     *     with the project scorecard, and a {@code java.time.Clock}: one instance per type a constructor asks for
     */
    public static ResourceConfig application(Object... beans) {
        return application(RESOURCES, beans);
    }

    /** The API without {@link #AUTOMATION_RESOURCES}, for a host without Jira's scheduler and search (the preview). */
    public static ResourceConfig applicationWithoutAutomation(Object... beans) {
        return application(RESOURCES.stream().filter(r -> !AUTOMATION_RESOURCES.contains(r)).toList(), beans);
    }

    /**
     * The application with the given resource classes instead of the API's (tests add probes). The services are
     * built here as Jira's plugin context builds its beans; the resources and providers are registered as classes
     * and built by Jersey with the beans offered for injection ({@link PluginBeans}), as Jira's REST v2 builds
     * them: a constructor that takes arguments without {@code jakarta.inject.Inject} fails here as it would there.
     */
    public static ResourceConfig application(Collection<Class<?>> resources, Object... beans) {
        ConstructorWiring wiring = new ConstructorWiring().with(beans);
        SERVICES.forEach(wiring::existingOrNew);
        ResourceConfig config = new ResourceConfig().register(JacksonFeature.class)
                .register(new PluginBeans(wiring.beans()))
                .property(ServerProperties.WADL_FEATURE_DISABLE, true);
        PROVIDERS.forEach(config::register);
        resources.forEach(config::register);
        return config;
    }

    /** Serves the application on 127.0.0.1 at the given port (0: any free one) under {@link #BASE_PATH}. */
    public static RestHost start(ResourceConfig application, int port) {
        URI uri = URI.create("http://127.0.0.1:" + port + BASE_PATH + "/");
        HttpServer server = JdkHttpServerFactory.createHttpServer(uri, application);
        return new RestHost(server, URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH + "/"));
    }

    /** The API's base address, ending in a slash: {@code http://127.0.0.1:<port>/rest/csiloop/1.0/}. */
    public URI base() {
        return base;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
