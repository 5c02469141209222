package io.csiloop.preview;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import io.csiloop.host.ao.EntityManagerActiveObjects;
import io.csiloop.host.ao.ModelUpgradeRunner;
import io.csiloop.host.rest.RestHost;
import io.csiloop.preview.demo.CurrentUser;
import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.IssueTable;
import io.csiloop.preview.plugin.DisabledModules;
import io.csiloop.preview.plugin.Modules;
import io.csiloop.preview.plugin.PluginDescriptor;
import io.csiloop.preview.render.MethodAllowlist;
import io.csiloop.preview.render.PreviewI18n;
import io.csiloop.preview.render.Templates;
import io.csiloop.preview.seed.DemoSeed;
import io.csiloop.preview.web.PreviewServer;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

/**
 * CSI Loop without Jira: the app's Active Objects entities on an embedded H2 database, or a {@link PreviewStore}'s
 * (migrated on start, after the app's upgrade tasks), its REST resources, templates, web resources and dashboard
 * items, hosted on pages that stand in for Jira's, for the demo people of {@link DemoDirectory}. Seeds a database
 * without issues with the demo.
 * Closing it stops the server and then the database, in that order.
 */
public final class Preview implements AutoCloseable {

    private final EntityManager entityManager;
    private final PreviewServer server;
    private final PreviewApp app;
    private final DisabledModules disabled;

    private Preview(EntityManager entityManager, PreviewServer server, PreviewApp app, DisabledModules disabled) {
        this.entityManager = entityManager;
        this.server = server;
        this.app = app;
        this.disabled = disabled;
    }

    /** Starts the preview; the demo is seeded only into an empty database (emptied first when asked to reset). */
    public static Preview start(PreviewConfig config, Clock clock) throws IOException {
        return start(config, clock, PreviewStore.of(config));
    }

    /**
     * Starts the preview on the store's database (the configuration's database URL is not used) with the store's
     * projects; seeded with the demo only when the database has no issue.
     */
    public static Preview start(PreviewConfig config, Clock clock, PreviewStore store) throws IOException {
        PluginDescriptor descriptor = PluginDescriptor.load();
        EntityManager entityManager = store.database().entityManager(store.wrap());
        try {
            if (config.reset()) {
                PreviewReset.dropEverything(() -> entityManager.getProvider().getConnection());
            }
            EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
            CurrentUser current = new CurrentUser();
            DemoDirectory directory = new DemoDirectory(current, store.moreProjects());
            IssueTable issues = new IssueTable(() -> entityManager.getProvider().getConnection(), clock);
            PreviewI18n i18n = PreviewI18n.standard();
            PreviewApp app = PreviewApp.over(ao, clock, directory, issues, i18n);
            Modules modules = app.modules();
            upgrade(ao, descriptor, modules);
            new DemoSeed(issues, app, clock).plantIfEmpty();
            JdkHttpHandlerContainer rest = ContainerFactory.createContainer(JdkHttpHandlerContainer.class,
                    RestHost.applicationWithoutAutomation(app.services().toArray()));
            Templates templates = new Templates(new MethodAllowlist(descriptor.allowlist()));
            DisabledModules disabled = new DisabledModules();
            PreviewServer server = PreviewRoutes.serve(config.port(), descriptor, modules, templates, i18n, directory,
                    issues, current, rest, disabled);
            return new Preview(entityManager, server, app, disabled);
        } catch (RuntimeException | IOException e) {
            entityManager.getProvider().dispose();
            throw e;
        }
    }

    /** Runs the upgrade tasks the descriptor names, then migrates its entities, as the AO plugin does on start. */
    @SuppressWarnings("unchecked")
    private static void upgrade(EntityManagerActiveObjects ao, PluginDescriptor descriptor, Modules modules) {
        List<ActiveObjectsUpgradeTask> tasks = descriptor.upgradeTasks().stream()
                .map(name -> modules.build(name, ActiveObjectsUpgradeTask.class)).toList();
        Class<? extends RawEntity<?>>[] entities = descriptor.entities().stream().map(name -> {
            try {
                return (Class<? extends RawEntity<?>>) Class.forName(name);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the descriptor names a missing entity " + name, e);
            }
        }).toArray(Class[]::new);
        new ModelUpgradeRunner(ao, PluginDescriptor.load().pluginKey()).upgrade(tasks, entities);
    }

    /** The port the preview listens on (on 127.0.0.1). */
    public int port() {
        return server.port();
    }

    /** The address of the preview's home, e.g. {@code http://127.0.0.1:2990/jira}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + PreviewConfig.CONTEXT_PATH;
    }

    /** The app's beans as the preview built them, for a harness that fills the database through the app's services. */
    public PreviewApp app() {
        return app;
    }

    /** The modules an administrator disabled, as in Jira's "Manage apps": the harness switches the panels off and on. */
    public DisabledModules disabledModules() {
        return disabled;
    }

    @Override
    public void close() {
        server.close();
        entityManager.getProvider().dispose();
    }
}
