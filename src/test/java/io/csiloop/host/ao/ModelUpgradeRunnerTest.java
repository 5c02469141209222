package io.csiloop.host.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The host's upgrade runner on every database does what the AO plugin does inside Jira. */
class ModelUpgradeRunnerTest {

    private static final String NAMESPACE = "io.csiloop.jira";

    @AcrossDatabases
    void shouldRunOnlyTheNewerTasksInVersionOrderEachFromThePreviousVersion(ActiveObjects ao) {
        ModelUpgradeRunner runner = new ModelUpgradeRunner(ao, NAMESPACE);
        List<String> ran = new ArrayList<>();
        runner.upgrade(List.of(task("1", ran)), HarnessRecord.class);

        ModelVersion version = runner.upgrade(List.of(task("3", ran), task("1", ran), task("2", ran)), HarnessRecord.class);

        assertEquals(List.of("0->1", "1->2", "2->3"), ran);
        assertEquals("3", version.toString());
        assertEquals("3", runner.current().toString());
        assertEquals(0, ao.count(HarnessRecord.class), "the entities were migrated after the tasks");
    }

    @AcrossDatabases
    void shouldRefuseTwoTasksOfOneVersionBeforeRunningAny(ActiveObjects ao) {
        ModelUpgradeRunner runner = new ModelUpgradeRunner(ao, NAMESPACE);
        List<String> ran = new ArrayList<>();

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> runner.upgrade(List.of(task("1", ran), task("2", ran), task("2", ran)), HarnessRecord.class));

        assertEquals("There are more than one upgrade tasks with model version 2", refused.getMessage());
        assertEquals(List.of(), ran);
    }

    @AcrossDatabases
    void shouldUndoAFailedTaskAndStayAtTheVersionBefore(ActiveObjects ao) {
        ao.migrate(HarnessRecord.class);
        ModelUpgradeRunner runner = new ModelUpgradeRunner(ao, NAMESPACE);
        List<String> ran = new ArrayList<>();
        ActiveObjectsUpgradeTask failing = new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf("2");
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects activeObjects) {
                activeObjects.create(HarnessRecord.class, new DBParam("NAME", "half done"));
                throw new IllegalStateException("the task fails after writing");
            }
        };

        assertThrows(IllegalStateException.class,
                () -> runner.upgrade(List.of(task("1", ran), failing, task("3", ran)), HarnessRecord.class));

        assertEquals("1", runner.current().toString());
        assertEquals(List.of("0->1"), ran, "nothing after the failed task ran");
        assertEquals(0, ao.count(HarnessRecord.class), "the failed task's writes were rolled back");
        assertTrue(runner.current().isOlderThan(ModelVersion.valueOf("2")));
    }

    /** A task that only records that it ran, and from which version. */
    private static ActiveObjectsUpgradeTask task(String version, List<String> ran) {
        return new ActiveObjectsUpgradeTask() {
            @Override
            public ModelVersion getModelVersion() {
                return ModelVersion.valueOf(version);
            }

            @Override
            public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
                ran.add(currentVersion + "->" + version);
            }
        };
    }
}
