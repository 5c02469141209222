package io.csiloop.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;
import net.java.ao.Query;
import net.java.ao.RawEntity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Brings an app's Active Objects data up to date outside Jira, as the AO plugin does inside it when the app
 * starts (its upgrade manager and factory, AO plugin 5.x): reads the stored model version (none: 0); runs, in
 * ascending model version, each upgrade task newer than it, each in its own transaction which also stores the
 * task's version; then migrates the app's current entities. Two tasks with the same version are refused before
 * anything runs, as the AO plugin refuses them.
 */
public final class ModelUpgradeRunner {

    private final ActiveObjects ao;
    private final String namespace;

    /** @param namespace the AO namespace the version is stored under: the plugin key, as in Jira */
    public ModelUpgradeRunner(ActiveObjects ao, String namespace) {
        this.ao = ao;
        this.namespace = namespace;
    }

    /** The stored model version; 0 when none was ever stored. */
    public ModelVersion current() {
        ao.migrate(ModelVersionEntity.class);
        return ModelVersion.valueOf(stored().map(ModelVersionEntity::getModelVersion).orElse(null));
    }

    /**
     * Runs the tasks newer than the stored version, then migrates the entities.
     *
     * @return the model version afterwards
     */
    @SafeVarargs
    public final ModelVersion upgrade(List<ActiveObjectsUpgradeTask> tasks, Class<? extends RawEntity<?>>... entities) {
        List<ActiveObjectsUpgradeTask> ordered = tasks.stream()
                .sorted(Comparator.comparing(ActiveObjectsUpgradeTask::getModelVersion)).toList();
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).getModelVersion().isSame(ordered.get(i - 1).getModelVersion())) {
                throw new IllegalStateException("There are more than one upgrade tasks with model version "
                        + ordered.get(i).getModelVersion());
            }
        }
        ModelVersion version = current();
        for (ActiveObjectsUpgradeTask task : ordered) {
            if (version.isOlderThan(task.getModelVersion())) {
                ModelVersion from = version;
                version = ao.executeInTransaction(() -> {
                    task.upgrade(from, ao);
                    store(task.getModelVersion());
                    return task.getModelVersion();
                });
            }
        }
        ao.executeInTransaction(() -> {
            ao.migrate(entities);
            return null;
        });
        return version;
    }

    private Optional<ModelVersionEntity> stored() {
        return Arrays.stream(ao.find(ModelVersionEntity.class, Query.select().where("PLUGIN_NAMESPACE = ?", namespace))).findFirst();
    }

    private void store(ModelVersion version) {
        Optional<ModelVersionEntity> row = stored();
        if (row.isPresent()) {
            row.get().setModelVersion(version.toString());
            row.get().save();
        } else {
            ao.create(ModelVersionEntity.class, new DBParam("PLUGIN_NAMESPACE", namespace),
                    new DBParam("MODEL_VERSION", version.toString()));
        }
    }
}
