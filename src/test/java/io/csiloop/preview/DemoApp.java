package io.csiloop.preview;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import io.csiloop.host.ao.AoDatabase;
import io.csiloop.host.ao.EntityManagerActiveObjects;
import io.csiloop.host.ao.ModelUpgradeRunner;
import io.csiloop.preview.demo.CurrentUser;
import io.csiloop.preview.demo.DemoDirectory;
import io.csiloop.preview.demo.IssueTable;
import io.csiloop.preview.plugin.PluginDescriptor;
import io.csiloop.preview.render.PreviewI18n;
import io.csiloop.preview.seed.DemoSeed;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The preview's app with its seeded demo on a private in-memory H2 database, without the web server: what the
 * pack tests and the example generator produce packs from. Built as {@link Preview#start} builds it.
 */
public final class DemoApp implements AutoCloseable {

    private final EntityManager entityManager;
    private final PreviewApp app;
    private final CurrentUser current;
    private final DemoDirectory directory;

    private DemoApp(EntityManager entityManager, PreviewApp app, CurrentUser current, DemoDirectory directory) {
        this.entityManager = entityManager;
        this.app = app;
        this.current = current;
        this.directory = directory;
    }

    public static DemoApp seeded(Clock clock) throws Exception {
        return seeded(new EntityManagerActiveObjects(
                AoDatabase.h2("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1").entityManager()), clock);
    }

    /**
     * The app seeded on the given empty database (a {@code TestDatabase}'s, so that a test runs on H2, HSQLDB and
     * PostgreSQL); closing it disposes the database's entity manager.
     */
    @SuppressWarnings("unchecked")
    public static DemoApp seeded(EntityManagerActiveObjects ao, Clock clock) throws Exception {
        PluginDescriptor descriptor = PluginDescriptor.load();
        EntityManager entityManager = ao.entityManager();
        IssueTable issues = new IssueTable(() -> entityManager.getProvider().getConnection(), clock);
        CurrentUser current = new CurrentUser();
        DemoDirectory directory = new DemoDirectory(current);
        PreviewApp app = PreviewApp.over(ao, clock, directory, issues, PreviewI18n.standard());
        List<ActiveObjectsUpgradeTask> tasks = descriptor.upgradeTasks().stream()
                .map(name -> app.modules().build(name, ActiveObjectsUpgradeTask.class)).toList();
        Class<? extends RawEntity<?>>[] entities = descriptor.entities().stream().map(name -> {
            try {
                return (Class<? extends RawEntity<?>>) Class.forName(name);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(name, e);
            }
        }).toArray(Class[]::new);
        new ModelUpgradeRunner(ao, descriptor.pluginKey()).upgrade(tasks, entities);
        new DemoSeed(issues, app, clock).plantIfEmpty();
        return new DemoApp(entityManager, app, current, directory);
    }

    public <T> T get(Class<T> type) {
        return app.get(type);
    }

    /** Runs the work as the demo user of that name (e.g. {@code "admin"}), as a request of theirs would. */
    public <T> T as(String user, Supplier<T> work) {
        return current.as(directory.byName(user).orElseThrow(), work);
    }

    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }
}
